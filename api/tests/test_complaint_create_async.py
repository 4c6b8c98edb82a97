"""``Prefer: respond-async``: a number at once, the registration a moment later."""

import pytest

from complaints.models import Complaint
from complaintdesk.tests.worker import worker_run
from intake.models import Receipt

pytestmark = pytest.mark.django_db

PAYLOAD = {"contact_name": "Irina Volkova", "contact_email": "irina@example.ru", "product": "Internet 100",
           "description": "Счёт за октябрь выставлен дважды. Прошу вернуть лишний платёж."}
ASYNC = {"Prefer": "respond-async"}


def test_accepted_at_once_then_registered_by_the_worker(agent, department, api_for):
    # given
    api = api_for(agent)
    # when
    response = api.post("/complaints", PAYLOAD, headers=ASYNC)
    # then: a number and where to look, no complaint yet
    assert response.status_code == 202 and response["Preference-Applied"] == "respond-async"
    body = response.json()
    assert body["status"] == "received" and body["complaint_url"] is None
    assert response["Location"] == body["status_url"] == f"/api/v1/receipts/{body['number']}"
    assert api.get(f"/receipts/{body['number']}").json()["status"] == "received"
    assert not Complaint.objects.exists()
    # when
    worker_run()
    # then
    receipt = api.get(f"/receipts/{body['number']}").json()
    assert receipt["status"] == "registered" and receipt["complaint_url"] == f"/api/v1/complaints/{body['number']}"
    complaint = api.get(f"/complaints/{body['number']}").json()
    assert complaint["channel"] == "api" and complaint["language"] == "ru" and complaint["department"] == "support"


def test_the_same_idempotency_key_gets_the_same_number(agent, department, api_for):
    api = api_for(agent)
    first = api.post("/complaints", PAYLOAD, headers={**ASYNC, "Idempotency-Key": "crm-77"})
    # when: the client did not hear the answer and sends again
    second = api.post("/complaints", PAYLOAD, headers={**ASYNC, "Idempotency-Key": "crm-77"})
    # then
    assert first.status_code == second.status_code == 202
    assert first.json()["number"] == second.json()["number"]
    assert Receipt.objects.count() == 1
    # and once registered, a plain repeat gets the complaint
    worker_run()
    third = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "crm-77"})
    assert third.status_code == 200 and third.json()["number"] == first.json()["number"]
    assert Complaint.objects.count() == 1


def test_bad_input_is_refused_at_once_in_the_callers_language(agent, department, api_for):
    api = api_for(agent, language="ka")
    # when
    response = api.post("/complaints", {**PAYLOAD, "contact_name": "", "contact_email": "irina@"}, headers=ASYNC)
    # then
    assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["title"] == "მონაცემები არასწორია"
    assert {"contact_name", "contact_email"} == {error["field"] for error in body["errors"]}
    assert not Receipt.objects.exists()


def test_someone_elses_receipt_is_not_found(agent, qms, department, api_for):
    number = api_for(agent).post("/complaints", PAYLOAD, headers=ASYNC).json()["number"]
    other = api_for(qms)
    # before registration only whoever sent it sees it; after, whoever may see the complaint
    assert other.get(f"/receipts/{number}").status_code == 404
    worker_run()
    assert other.get(f"/receipts/{number}").json()["status"] == "registered"
