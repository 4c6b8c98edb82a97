"""Investigation, remedies, transfer, delay and the reference lists over HTTP."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.models import Interaction
from complaints.services import complaint_take
from resolution.models import Remedy
from resolution.tests.closing import root_cause_ensure

pytestmark = pytest.mark.django_db


def path(complaint, action: str) -> str:
    return f"/complaints/{complaint.tracking_number}/{action}"


@pytest.fixture
def taken(complaint, responsible):
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def test_the_investigation_is_recorded(taken, responsible, api_for):
    # given
    root_cause_ensure(code="service_error")

    # when
    response = api_for(responsible).post(path(taken, "investigation"),
                                         {"validity": "justified", "root_cause": "service_error", "note": "Bug."})

    # then
    assert response.status_code == 200
    taken.refresh_from_db()
    assert (taken.validity, taken.root_cause.code, taken.root_cause_note) == ("justified", "service_error", "Bug.")
    assert taken.interactions.filter(kind=Interaction.Kind.INVESTIGATED).count() == 1


def test_an_unknown_root_cause_is_a_field_error_in_the_callers_language(taken, responsible, api_for):
    # when
    response = api_for(responsible, "ru").post(path(taken, "investigation"),
                                               {"validity": "justified", "root_cause": "gremlins"})

    # then
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "root_cause", "message": "«gremlins» — неизвестный код."}]


def test_the_services_rule_is_the_apis_rule(taken, responsible, api_for):
    # given: "not established" is for unjustified complaints only
    root_cause_ensure(code="not_established")

    # when
    response = api_for(responsible).post(path(taken, "investigation"),
                                         {"validity": "justified", "root_cause": "not_established"})

    # then
    assert response.status_code == 400
    assert response.json()["code"] == "root_cause_required"


def test_a_coupon_comes_back_with_its_code(taken, responsible, api_for):
    # when
    response = api_for(responsible).post(path(taken, "remedies"),
                                         {"type": "coupon", "value": "15.00", "currency": "gel"})

    # then
    assert response.status_code == 201
    body = response.json()
    remedy = Remedy.objects.get(complaint=taken)
    assert (body["type"], body["currency"], body["coupon_code"]) == ("coupon", "GEL", remedy.coupon_code)
    assert remedy.coupon_code and str(remedy.value) == "15.00"


def test_a_negative_remedy_value_is_refused(taken, responsible, api_for):
    response = api_for(responsible).post(path(taken, "remedies"), {"type": "refund", "value": "-5"})

    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "value"
    assert not Remedy.objects.exists()


def test_an_agent_may_not_give_a_remedy(taken, agent, api_for):
    response = api_for(agent).post(path(taken, "remedies"), {"type": "apology"})

    assert response.status_code == 403
    assert not Remedy.objects.exists()


def test_transfer_to_another_departments_person(taken, responsible, other_department, api_for):
    # given
    UserFactory(username="seller", role=User.Role.RESPONSIBLE, department=other_department)

    # when
    response = api_for(responsible).post(path(taken, "transfer"), {
        "person": "seller", "reason": "A sales contract question.",
        "customer_explanation": "Our sales team will call you today."})

    # then
    assert response.status_code == 200
    assert (response.json()["department"], response.json()["assignee"]) == ("sales", "seller")


def test_transfer_without_a_reason_is_refused_with_the_services_message(taken, responsible, other_department,
                                                                        api_for):
    response = api_for(responsible).post(path(taken, "transfer"), {"department": "sales", "reason": ""})

    assert response.status_code == 400
    assert response.json()["detail"] == "Say why the complaint is transferred."


def test_a_delay_moves_the_deadline(taken, responsible, api_for):
    # given: a working day well after the current deadline
    day = (taken.due_at + timedelta(days=7)).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)

    # when
    response = api_for(responsible).post(path(taken, "delay"), {"new_due_on": day.isoformat(),
                                                                "reason": "Waiting for the vendor."})

    # then
    assert response.status_code == 200, response.json()
    taken.refresh_from_db()
    assert timezone.localtime(taken.due_at).date() >= day - timedelta(days=1)
    assert taken.interactions.filter(kind=Interaction.Kind.DELAY_NOTICE).exists()


def test_the_reference_lists_the_codes_with_names_in_the_callers_language(responsible, department, api_for):
    # given
    root_cause_ensure(code="price")

    # when
    body = api_for(responsible, "ka").get("/reference").json()

    # then
    assert {"code": "support", "name": "მხარდაჭერა"} in body["departments"]
    assert {"code": "price", "name": "ფასი"} in body["root_causes"]
    assert any(item["code"] == "coupon" and item["issues_coupon"] for item in body["remedy_types"])
    assert {item["code"] for item in body["validity"]} == {"justified", "partial", "unjustified"}
