"""Remedies given on a complaint: value and currency, zero for an apology, a unique coupon code."""

from decimal import Decimal

import pytest

from audit.models import AuditAction, AuditRecord
from complaintdesk.errors import DomainError
from complaints.choices import Status
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from resolution.models import RemedyType
from resolution.remedies import remedy_give


def kind(code: str) -> RemedyType:
    return RemedyType.objects.get(code=code)


@pytest.fixture
def in_work(department, responsible):
    return complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)


@pytest.mark.django_db
def test_a_refund_is_recorded_with_its_value_in_the_default_currency(in_work, responsible):
    # when
    remedy = remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("refund"), value="120.5",
                         note="Half of the annual fee")
    # then
    assert (remedy.value, remedy.currency, remedy.approved_by) == (Decimal("120.50"), "GEL", responsible)
    assert remedy.coupon_code is None
    entry = in_work.interactions.last()
    assert entry.kind == Interaction.Kind.REMEDY_GIVEN and entry.body == "Half of the annual fee"
    assert entry.data["value"] == "120.50" and entry.data["type"] == "refund"
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REMEDY_GIVEN, actor=responsible).count() == 1


@pytest.mark.django_db
def test_the_default_currency_is_a_setting(in_work, responsible, settings):
    # given
    settings.COMPLAINTDESK_CURRENCY = "RUB"
    # when
    remedy = remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("store_credit"), value=500)
    # then
    assert remedy.currency == "RUB"


@pytest.mark.django_db
def test_each_discount_coupon_gets_its_own_code(in_work, responsible):
    # when
    first = remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("coupon"), value=20)
    second = remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("coupon"), value=20)
    # then
    assert first.coupon_code.startswith("CPN-") and len(first.coupon_code) == 12
    assert first.coupon_code != second.coupon_code
    assert in_work.interactions.last().data["coupon_code"] == second.coupon_code


@pytest.mark.django_db
def test_an_apology_has_no_value(in_work, responsible):
    # when
    remedy = remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("apology"))
    # then
    assert remedy.value == 0
    with pytest.raises(DomainError, match="has no monetary value: leave the value at zero"):
        remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("apology"), value=10)


@pytest.mark.django_db
@pytest.mark.parametrize(("value", "currency", "message"), [
    ("", "GEL", "Enter the value of “Refund”."),
    ("-5", "GEL", "Enter the value as a number."),
    ("ten", "GEL", "Enter the value as a number."),
    ("10", "lari", "Enter the currency as a three-letter code"),
])
def test_a_wrong_value_or_currency_is_refused(in_work, responsible, value, currency, message):
    # when / then
    with pytest.raises(DomainError, match=message):
        remedy_give(complaint=in_work, actor=responsible, remedy_type=kind("refund"), value=value,
                    currency=currency)
    assert not in_work.remedies.exists()


@pytest.mark.django_db
def test_no_remedy_on_a_closed_complaint(department, responsible):
    # given
    closed = complaint_in_status(status=Status.CLOSED, department=department, driver=responsible)
    # when / then
    with pytest.raises(DomainError, match="Remedies are recorded while the complaint is in work."):
        remedy_give(complaint=closed, actor=responsible, remedy_type=kind("apology"))
