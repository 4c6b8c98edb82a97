"""A receiver that fails is tried again later, with growing pauses, until it answers or the attempts run out."""

from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from complaintdesk.tests.worker import worker_run
from complaints.services import complaint_take
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribed_events():
    return ["assigned"]

START = datetime(2026, 11, 24, 9, 0, tzinfo=dt_timezone.utc)


def test_a_failed_delivery_is_retried_after_a_minute_and_then_delivered(subscription, receiver, complaint,
                                                                         responsible):
    # given: the receiver answers 500 once, then 200
    receiver.answers = [500]
    with time_machine.travel(START, tick=False) as clock:
        complaint_take(complaint=complaint, actor=responsible)

        # when
        worker_run()
        delivery = WebhookDelivery.objects.get(event="assigned")
        after_first = (delivery.status, delivery.attempts, delivery.last_status_code, delivery.next_attempt_at)
        clock.shift(timedelta(seconds=59))
        worker_run()
        too_early = len(receiver.received)
        clock.shift(timedelta(seconds=1))
        worker_run()

    # then
    assert after_first == (WebhookDelivery.Status.FAILED, 1, 500, START + timedelta(minutes=1))
    assert too_early == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_status_code) == ("delivered", 2, 200)
    assert delivery.delivered_at == START + timedelta(minutes=1)
    assert delivery.last_error == ""
    assert len(receiver.received) == 2
    assert receiver.received[0].body == receiver.received[1].body  # the same event, byte for byte
    assert all(request.signature_valid for request in receiver.received)


def test_the_pauses_grow_and_the_delivery_is_given_up_after_the_last_attempt(subscription, receiver, complaint,
                                                                              responsible, settings):
    # given: a receiver that always fails, four attempts allowed
    settings.COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS = 4
    receiver.answers = [503] * 10
    planned = []
    with time_machine.travel(START, tick=False) as clock:
        complaint_take(complaint=complaint, actor=responsible)

        # when: the worker runs each time the next attempt is due, then much later
        worker_run()
        for _attempt in range(3):
            delivery = WebhookDelivery.objects.get(event="assigned")
            planned.append(delivery.next_attempt_at)
            clock.move_to(delivery.next_attempt_at)
            worker_run()
        clock.shift(timedelta(days=3))
        worker_run()

    # then
    assert [moment - START for moment in planned] == [
        timedelta(minutes=1), timedelta(minutes=1 + 5), timedelta(minutes=1 + 5 + 30)]
    delivery = WebhookDelivery.objects.get(event="assigned")
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == ("gave_up", 4, None)
    assert delivery.last_error == "HTTP 503 Service Unavailable"
    assert len(receiver.received) == 4
    assert not DBTaskResult.objects.ready().exists()
