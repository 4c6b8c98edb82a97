"""Webhook writes: queue an event for its subscribers, send a test ping, retry now, rotate a secret.

``webhook_event_emit`` runs inside the transaction of the change it reports: the delivery
rows and their tasks commit with the change or not at all, and nothing leaves the process
until a worker sends them (``webhooks.attempts``), so a slow receiver never slows a request.
"""

from typing import Any
from uuid import uuid4

from django.db import IntegrityError, transaction
from django.utils import timezone

from complaints.models import Complaint, Interaction

from .events import PING
from .models import WebhookDelivery, WebhookSubscription, secret_new
from .payload import event_payload
from .selectors import webhook_subscriptions_matching


def webhook_event_emit(*, event: str, complaint: Complaint, interaction: Interaction,
                       data: dict[str, Any] | None = None) -> list[WebhookDelivery]:
    """Queue ``event`` for every active subscription that wants it; returns the deliveries queued now.

    Call inside the transaction of the change, after its timeline entry ``interaction``: the
    event's id is made from it, so emitting the same change again queues nothing new.
    Without a matching subscription this costs one query.
    """
    subscriptions = webhook_subscriptions_matching(event=event, department_id=complaint.department_id)
    if not subscriptions:
        return []
    event_id = f"{event}.{interaction.pk}"
    payload = event_payload(event=event, event_id=event_id, occurred_at=interaction.created_at,
                            complaint=complaint, data=data or {})
    queued = (delivery_queue(subscription=subscription, event=event, event_id=event_id, complaint=complaint,
                             payload=payload) for subscription in subscriptions)
    return [delivery for delivery in queued if delivery is not None]


def delivery_queue(*, subscription: WebhookSubscription, event: str, event_id: str, complaint: Complaint | None,
                   payload: dict[str, Any]) -> WebhookDelivery | None:
    """Store the delivery and enqueue its task; ``None`` when this event was queued for it already."""
    from .tasks import webhook_delivery_send_task

    try:
        # A savepoint: a duplicate undoes only this insert, not the caller's change.
        with transaction.atomic():
            delivery = WebhookDelivery.objects.create(
                subscription=subscription, event=event, event_id=event_id, complaint=complaint, payload=payload,
                next_attempt_at=timezone.now(),
            )
            webhook_delivery_send_task.enqueue(delivery_id=delivery.pk)
    except IntegrityError:
        return None
    return delivery


@transaction.atomic(durable=True)
def webhook_ping_send(*, subscription: WebhookSubscription) -> WebhookDelivery:
    """Queue a test event for ``subscription`` (active or not), so its owner can check the receiver."""
    event_id = f"{PING}.{uuid4().hex}"
    payload = event_payload(event=PING, event_id=event_id, occurred_at=timezone.now(), complaint=None,
                            data={"subscription": subscription.name})
    delivery = delivery_queue(subscription=subscription, event=PING, event_id=event_id, complaint=None,
                              payload=payload)
    assert delivery is not None  # a fresh event id cannot be a duplicate
    return delivery


@transaction.atomic(durable=True)
def webhook_delivery_retry(*, delivery_id: int) -> bool:
    """Send a delivery that has not been delivered again now, whatever its attempts; ``False`` if delivered."""
    from .tasks import webhook_delivery_send_task

    delivery = WebhookDelivery.objects.select_for_update().get(pk=delivery_id)
    if delivery.status == WebhookDelivery.Status.DELIVERED:
        return False
    delivery.status, delivery.next_attempt_at = WebhookDelivery.Status.PENDING, timezone.now()
    delivery.save(update_fields=["status", "next_attempt_at"])
    webhook_delivery_send_task.enqueue(delivery_id=delivery.pk)
    return True


@transaction.atomic(durable=True)
def webhook_secret_rotate(*, subscription: WebhookSubscription) -> WebhookSubscription:
    """A new signing secret; deliveries sent from now on are signed with it (queued ones included)."""
    subscription.secret = secret_new()
    subscription.save(update_fields=["secret"])
    return subscription
