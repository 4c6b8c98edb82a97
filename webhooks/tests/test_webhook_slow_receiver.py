"""A receiver that hangs never holds up the request that caused the event; the worker's attempt times out."""

import time

import pytest

from api.tests.conftest import api_for  # noqa: F401 — the API client fixture
from complaintdesk.tests.worker import worker_run
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribed_events():
    return ["assigned"]


def test_a_hanging_receiver_does_not_delay_the_api_request_and_times_out_in_the_worker(
        subscription, receiver, complaint, responsible, api_for, settings):
    # given: a receiver that answers after 30 s, and a one-second read limit
    settings.COMPLAINTDESK_WEBHOOK_READ_TIMEOUT = 1
    receiver.delay = 30
    api = api_for(responsible)

    # when: the responsible takes the complaint through the API
    started = time.monotonic()
    response = api.post(f"/complaints/{complaint.tracking_number}/transitions", {"action": "take"})
    request_seconds = time.monotonic() - started

    # then: the request is answered without the receiver having been called at all
    assert response.status_code == 200
    assert receiver.received == []
    assert request_seconds < receiver.delay
    delivery = WebhookDelivery.objects.get(event="assigned")
    assert (delivery.status, delivery.attempts) == (WebhookDelivery.Status.PENDING, 0)

    # when: the worker sends it
    worker_run()

    # then: the attempt gave up waiting, and a retry is planned
    assert len(receiver.received) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("failed", 1, None)
    assert "timed out" in delivery.last_error
    assert 1000 <= delivery.duration_ms < 10_000
    assert delivery.next_attempt_at > delivery.created_at
