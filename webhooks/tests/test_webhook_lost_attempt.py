"""An attempt lost with its worker is made again by the follow-up task; a refused connection is a failure."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import pytest
import time_machine

from complaintdesk.tests.worker import worker_run
from complaints.services import complaint_take
from webhooks.attempts import delivery_claim
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

START = datetime(2026, 11, 24, 9, 0, tzinfo=dt_timezone.utc)


@pytest.fixture
def subscribed_events():
    return ["assigned"]


def test_an_attempt_lost_with_its_worker_is_made_again_by_the_follow_up(subscription, receiver, complaint,
                                                                         responsible):
    # given: a worker claimed the delivery and died before posting it
    with time_machine.travel(START, tick=False) as clock:
        complaint_take(complaint=complaint, actor=responsible)
        delivery = WebhookDelivery.objects.get()
        assert delivery_claim(delivery_id=delivery.pk) is not None
        worker_run()  # the original task finds the attempt in flight
        assert receiver.received == []

        # when: the follow-up is due
        clock.move_to(START + timedelta(minutes=1))
        worker_run()

    # then
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 2)
    assert len(receiver.received) == 1 and receiver.received[0].signature_valid


def test_a_refused_connection_is_a_failed_attempt_to_retry(subscription, receiver, complaint, responsible):
    # given: the receiver is gone
    receiver.stop()

    # when
    complaint_take(complaint=complaint, actor=responsible)
    worker_run()

    # then
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("failed", 1, None)
    assert delivery.last_error.startswith("ConnectionRefusedError")
