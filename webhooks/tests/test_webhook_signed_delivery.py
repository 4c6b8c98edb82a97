"""A complaint registered through the API reaches the receiver from the worker, signed with the secret."""

import pytest

from api.tests.conftest import api_for  # noqa: F401 — the API client fixture
from complaintdesk.tests.worker import worker_run
from complaints.models import Complaint
from complaints.tests.factories import complaint_fields
from webhooks.models import WebhookDelivery, WebhookSubscription
from webhooks.services import webhook_secret_rotate

pytestmark = pytest.mark.django_db


def registration_fields() -> dict:
    fields = complaint_fields()
    fields["occurred_on"] = fields["occurred_on"].isoformat()
    return fields


def test_a_registered_complaint_is_posted_signed_with_the_documented_payload(subscription, receiver, agent,
                                                                              api_for):
    # given
    api = api_for(agent)

    # when
    response = api.post("/complaints", registration_fields())
    worker_run()

    # then
    assert response.status_code == 201
    complaint = Complaint.objects.get(tracking_number=response.json()["number"])
    [request] = receiver.received
    assert request.signature_valid
    assert request.path == "/hooks/complaintdesk?v=1"
    delivery = WebhookDelivery.objects.get()
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"] == "complaintdesk-webhooks/1"
    assert request.headers["X-Complaintdesk-Event"] == "registered"
    assert request.headers["X-Complaintdesk-Delivery"] == str(delivery.pk)
    payload = request.payload
    assert payload["event"] == "registered"
    assert payload["id"] == delivery.event_id
    assert payload["occurred_at"].endswith("Z")
    assert payload["data"] == {}
    part = payload["complaint"]
    assert (part["id"], part["tracking_number"], part["status"], part["kind"], part["channel"]) == (
        complaint.pk, complaint.tracking_number, "new", "complaint", "api")
    assert part["department"] == "support"
    assert part["due_at"] == complaint.due_at.isoformat().replace("+00:00", "Z")
    assert part["url"].endswith(complaint.get_absolute_url())
    assert "nino@example.com" not in request.body.decode()  # no customer's personal data
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 1, 200)
    assert delivery.delivered_at is not None and delivery.duration_ms is not None


def test_after_a_secret_rotation_the_receiver_needs_the_new_secret(subscription, receiver, agent, api_for):
    # given: the receiver still knows the old secret
    old_secret = subscription.secret
    webhook_secret_rotate(subscription=WebhookSubscription.objects.get())

    # when
    api_for(agent).post("/complaints", registration_fields())
    worker_run()

    # then
    assert not receiver.received[0].signature_valid
    receiver.secret = WebhookSubscription.objects.get().secret
    assert receiver.secret != old_secret
    assert receiver.signature_check(receiver.received[0].headers, receiver.received[0].body)
