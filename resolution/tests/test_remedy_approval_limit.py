"""Above the department's approval limit only the head or QMS may give a remedy."""

from decimal import Decimal

import pytest
from django.utils import translation

from complaintdesk.errors import DomainError
from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from resolution.models import RemedyType
from resolution.remedies import remedy_give


@pytest.fixture
def limited(department):
    department.remedy_approval_limit = Decimal(100)
    department.save(update_fields=["remedy_approval_limit"])
    return department


@pytest.fixture
def in_work(limited, responsible):
    return complaint_in_status(status=Status.IN_PROGRESS, department=limited, driver=responsible)


def refund(complaint, actor, value):
    return remedy_give(complaint=complaint, actor=actor, remedy_type=RemedyType.objects.get(code="refund"),
                       value=value)


@pytest.mark.django_db
def test_a_responsible_above_the_limit_is_refused_with_the_limit_named(in_work, responsible):
    # when / then
    with pytest.raises(DomainError) as refused:
        refund(in_work, responsible, "100.01")
    assert str(refused.value.message) == (
        "A remedy above 100.00 GEL needs the approval of the department head or QMS.")
    assert not in_work.remedies.exists()


@pytest.mark.django_db
def test_the_refusal_is_translated(in_work, responsible):
    # when / then
    with translation.override("ka"), pytest.raises(DomainError) as refused:
        refund(in_work, responsible, 500)
    assert "100.00" in str(refused.value.message) and "needs the approval" not in str(refused.value.message)


@pytest.mark.django_db
def test_a_responsible_may_give_up_to_the_limit(in_work, responsible):
    # when
    remedy = refund(in_work, responsible, 100)
    # then
    assert remedy.approved_by == responsible


@pytest.mark.django_db
def test_the_head_and_qms_approve_above_the_limit(in_work, head, qms):
    # when
    by_head = refund(in_work, head, 250)
    by_qms = refund(in_work, qms, 1000)
    # then
    assert (by_head.approved_by, by_qms.approved_by) == (head, qms)


@pytest.mark.django_db
def test_no_limit_means_any_value(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    remedy = refund(complaint, responsible, 5000)
    # then
    assert remedy.value == 5000
