"""The same change emitted twice, or a delivery task run twice, reaches the receiver once."""

import pytest

from complaintdesk.tests.worker import worker_run
from complaints.models import Interaction
from complaints.services import complaint_take
from webhooks.attempts import delivery_claim, webhook_delivery_send
from webhooks.events import Event
from webhooks.models import WebhookDelivery
from webhooks.services import webhook_event_emit
from webhooks.tasks import webhook_delivery_send_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribed_events():
    return ["assigned"]


def test_emitting_the_same_change_again_queues_nothing_new(subscription, receiver, complaint, responsible):
    # given: taking the complaint emitted "assigned"
    complaint_take(complaint=complaint, actor=responsible)
    taken = Interaction.objects.get(complaint=complaint, kind=Interaction.Kind.TAKEN)

    # when: the same change is emitted again (a retried caller)
    again = webhook_event_emit(event=Event.ASSIGNED, complaint=complaint, interaction=taken)
    worker_run()

    # then
    assert again == []
    assert receiver.events == ["assigned"]
    assert WebhookDelivery.objects.filter(event="assigned").count() == 1


def test_a_delivery_task_run_again_after_delivery_sends_nothing(subscription, receiver, complaint, responsible):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    worker_run()
    delivery = WebhookDelivery.objects.get(event="assigned")

    # when: its task runs again, queued and directly
    webhook_delivery_send_task.enqueue(delivery_id=delivery.pk)
    worker_run()
    webhook_delivery_send(delivery_id=delivery.pk)

    # then
    assert receiver.events == ["assigned"]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (WebhookDelivery.Status.DELIVERED, 1)


def test_a_second_run_during_an_attempt_in_flight_sends_nothing(subscription, receiver, complaint, responsible):
    # given: one run has claimed the delivery and is talking to the receiver
    complaint_take(complaint=complaint, actor=responsible)
    delivery = WebhookDelivery.objects.get(event="assigned")
    assert delivery_claim(delivery_id=delivery.pk) is not None

    # when: another run of its task starts meanwhile
    result = webhook_delivery_send(delivery_id=delivery.pk)

    # then
    assert receiver.received == []
    assert (result.status, result.attempts) == (WebhookDelivery.Status.PENDING, 1)
