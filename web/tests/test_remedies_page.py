"""Remedies recorded from the complaint page; a coupon's code is shown; the limit refusal names the limit."""

from decimal import Decimal

import pytest

from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from resolution.models import RemedyType
from web.tests.pages import action_post, page_messages, page_text


def remedy_type(code: str) -> int:
    return RemedyType.objects.get(code=code).pk


@pytest.mark.django_db
def test_a_coupon_is_recorded_and_its_code_shown(client_for, responsible, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    response = action_post(client_for(responsible), in_work, "remedy",
                           {"remedy_type": remedy_type("coupon"), "value": "15", "currency": "GEL"})
    # then
    remedy = in_work.remedies.get()
    assert (remedy.value, remedy.currency) == (Decimal("15.00"), "GEL")
    assert page_messages(response) == [("success", f"The remedy is recorded. Coupon code: {remedy.coupon_code}")]
    assert f'<strong class="coupon-code">{remedy.coupon_code}</strong>' in response.content.decode()


@pytest.mark.django_db
def test_above_the_limit_the_page_names_the_limit(client_for, responsible, department):
    # given
    department.remedy_approval_limit = Decimal("50")
    department.save(update_fields=["remedy_approval_limit"])
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    response = action_post(client_for(responsible), in_work, "remedy",
                           {"remedy_type": remedy_type("refund"), "value": "80", "currency": ""})
    # then
    assert not in_work.remedies.exists()
    assert page_messages(response) == [
        ("error", "A remedy above 50.00 GEL needs the approval of the department head or QMS.")]


@pytest.mark.django_db
def test_an_apology_with_a_value_is_refused(client_for, responsible, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    response = action_post(client_for(responsible), in_work, "remedy",
                           {"remedy_type": remedy_type("apology"), "value": "5"})
    # then
    assert not in_work.remedies.exists()
    assert page_messages(response) == [
        ("error", "“Sincere apology” has no monetary value: leave the value at zero.")]
    assert "Sincere apology" in page_text(response)
