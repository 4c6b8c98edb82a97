import pytest

from audit.models import AuditRecord
from complaints.models import Complaint

pytestmark = pytest.mark.django_db

PAYLOAD = {"contact_name": "Nino Beridze", "contact_phone": "+995 599 12 34 56", "product": "Accounting 3.0",
           "description": "Reports no longer open after the update.", "desired_outcome": "repair",
           "language": "ka"}


def test_a_complaint_is_registered_through_the_api_channel(agent, department, api_for):
    # given
    api = api_for(agent)

    # when
    response = api.post("/complaints", PAYLOAD)

    # then
    assert response.status_code == 201
    body = response.json()
    complaint = Complaint.objects.get(tracking_number=body["number"])
    assert complaint.channel == "api"
    assert complaint.registered_by == agent
    assert complaint.language == "ka"
    assert body["status"] == "new"
    assert "access_token" not in body and "search_text" not in body
    assert complaint.interactions.filter(kind=1).exists()
    assert AuditRecord.objects.filter(target_id=str(complaint.pk), data__channel="api").exists()


def test_the_same_idempotency_key_returns_the_same_complaint(agent, department, api_for):
    # given
    api = api_for(agent)
    first = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-42"})

    # when
    second = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-42"})

    # then
    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json()["number"] == first.json()["number"]
    assert Complaint.objects.count() == 1


def test_another_key_or_no_key_registers_again(agent, department, api_for):
    # given
    api = api_for(agent)
    api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-42"})

    # when
    other = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-43"})
    without = api.post("/complaints", PAYLOAD)

    # then
    assert (other.status_code, without.status_code) == (201, 201)
    assert Complaint.objects.count() == 3


def test_a_refused_registration_frees_its_key(agent, department, api_for):
    # given
    api = api_for(agent)
    refused = api.post("/complaints", {**PAYLOAD, "description": ""}, headers={"Idempotency-Key": "k1"})

    # when
    retried = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "k1"})

    # then
    assert refused.status_code == 422
    assert retried.status_code == 201
    assert Complaint.objects.count() == 1


def test_the_same_key_with_another_request_is_refused(agent, department, api_for):
    # given
    api = api_for(agent)
    api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-42"})

    # when
    response = api.post("/complaints", {**PAYLOAD, "product": "Payroll"}, headers={"Idempotency-Key": "order-42"})

    # then
    assert response.status_code == 422
    assert response.json()["code"] == "idempotency_key_reused"
    assert Complaint.objects.count() == 1


def test_a_repeat_serialised_differently_is_still_the_same_request(agent, department, api_for):
    # given
    api = api_for(agent)
    first = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "order-42"})

    # when
    reordered = dict(reversed(list(PAYLOAD.items())))
    second = api.post("/complaints", reordered, headers={"Idempotency-Key": "order-42"})

    # then
    assert (second.status_code, second.json()["number"]) == (200, first.json()["number"])
