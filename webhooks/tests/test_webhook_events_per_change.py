"""Each change a complaint goes through, made through the API or the services the pages call, is one event."""

from datetime import timedelta

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from api.tests.conftest import api_for  # noqa: F401 — the API client fixture
from complaintdesk.tests.worker import worker_run
from complaints.models import Complaint
from deadlines.services import deadline_breaches_mark
from resolution.tests.closing import investigation_record
from routing.services import complaint_transfer

from .test_webhook_signed_delivery import registration_fields

pytestmark = pytest.mark.django_db


def test_every_change_of_a_complaints_life_reaches_the_receiver_once_in_order(
        subscription, receiver, agent, responsible, other_department, routed_to, api_for):
    # given: new complaints of the department go to the responsible person
    routed_to(responsible)
    api = api_for(responsible)
    giorgi = UserFactory(username="giorgi", role=User.Role.RESPONSIBLE, department=other_department)

    # when: its whole life, through the HTTP API and the transfer and deadline services
    number = api_for(agent).post("/complaints", registration_fields()).json()["number"]
    path = f"/complaints/{number}"
    assert api.post(f"{path}/transitions", {"action": "take"}).status_code == 200
    assert api.post(f"{path}/proposals", {"text": "Redo the update.", "alternatives": []}).status_code == 201
    assert api.post(f"{path}/transitions", {"action": "reject", "reason": "Too slow."}).status_code == 200
    assert api.post(f"{path}/proposals", {"text": "Redo it today.", "alternatives": []}).status_code == 201
    assert api.post(f"{path}/transitions", {"action": "accept"}).status_code == 200
    complaint = Complaint.objects.get(tracking_number=number)
    investigation_record(complaint=complaint, actor=responsible)
    closed = api.post(f"{path}/close", {"resolution": "Redone.", "satisfaction": "satisfied", "loyalty": "yes",
                                        "thanked": True, "offered": False, "no_remedy": True})
    assert closed.status_code == 200
    assert api.post(f"{path}/transitions", {"action": "reopen", "reason": "It broke again."}).status_code == 200
    complaint_transfer(complaint=complaint, actor=responsible, to_user=giorgi, reason="Sales issued the invoice.",
                       customer_explanation="Giorgi from sales will call you today.")
    complaint.refresh_from_db()
    assert deadline_breaches_mark(now=complaint.due_at + timedelta(hours=1)) == 1
    assert receiver.received == []  # nothing leaves before the worker runs
    worker_run()

    # then
    received = sorted(receiver.received, key=lambda request: int(request.headers["X-Complaintdesk-Delivery"]))
    assert [request.payload["event"] for request in received] == [
        "registered", "assigned", "assigned", "proposed", "rejected", "proposed", "accepted", "closed", "reopened",
        "assigned", "overdue",
    ]
    assert all(request.signature_valid for request in received)
    assert len({request.payload["id"] for request in received}) == len(received)
    by_event = {request.payload["event"]: request.payload for request in received}
    assert by_event["rejected"]["data"] == {"from": "proposed", "to": "in_progress"}
    assert by_event["closed"]["complaint"]["status"] == "closed"
    assert by_event["closed"]["complaint"]["closed_at"] is not None
    assert received[1].payload["complaint"]["assignee"] == "responsible"  # routed at registration
    transferred = received[9].payload["complaint"]
    assert (transferred["assignee"], transferred["department"]) == ("giorgi", "sales")
    assert by_event["overdue"]["complaint"]["overdue_at"] is not None
