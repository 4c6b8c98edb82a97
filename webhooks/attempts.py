"""Sending a delivery, in the worker: claim it, POST it outside any transaction, record the outcome.

No transaction stays open while a receiver is talked to: on SQLite an open write transaction
would hold the whole database for up to the read timeout, and on PostgreSQL a connection.
Instead the claim moves ``next_attempt_at`` past the attempt's time limits, so another run
of the task finds it "not yet" and sends nothing, and enqueues the follow-up task at that
moment: if the worker dies during the attempt, the follow-up tries again; if the attempt
fails, it is the retry; if it succeeds, it finds the delivery delivered and does nothing.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import WebhookDelivery
from .sending import Outcome, http_post
from .signing import body_encode, request_headers, retry_delay

Status = WebhookDelivery.Status
LEASE_MARGIN = timedelta(seconds=30)  # beyond the connect and read limits, before an attempt counts as lost


@dataclass(frozen=True)
class Claim:
    delivery_id: int
    url: str
    body: bytes
    headers: dict[str, str]


def webhook_delivery_send(*, delivery_id: int) -> WebhookDelivery | None:
    """Attempt the delivery if it is due; safe to run twice or concurrently (at most one POST is made)."""
    claim = delivery_claim(delivery_id=delivery_id)
    if claim is None:
        return WebhookDelivery.objects.filter(pk=delivery_id).first()
    outcome = http_post(url=claim.url, body=claim.body, headers=claim.headers,
                        connect_timeout=settings.COMPLAINTDESK_WEBHOOK_CONNECT_TIMEOUT,
                        read_timeout=settings.COMPLAINTDESK_WEBHOOK_READ_TIMEOUT)
    return delivery_outcome_record(delivery_id=delivery_id, outcome=outcome)


@transaction.atomic
def delivery_claim(*, delivery_id: int) -> Claim | None:
    """Count the attempt and schedule its follow-up under a row lock; ``None`` if nothing is to be sent now."""
    from .tasks import webhook_delivery_send_task

    delivery = (WebhookDelivery.objects.select_for_update(of=("self",)).select_related("subscription")
                .filter(pk=delivery_id).first())
    now = timezone.now()
    if delivery is None or delivery.status in (Status.DELIVERED, Status.GAVE_UP):
        return None
    if delivery.next_attempt_at is not None and delivery.next_attempt_at > now:
        return None  # an attempt is in flight, or this is a stale run from before a "retry now"
    max_attempts = settings.COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS
    if delivery.attempts >= max_attempts and delivery.status != Status.PENDING:
        # The last attempt was lost with its worker: nothing more is tried.
        delivery.status, delivery.next_attempt_at = Status.GAVE_UP, None
        delivery.save(update_fields=["status", "next_attempt_at"])
        return None
    lease = timedelta(seconds=settings.COMPLAINTDESK_WEBHOOK_CONNECT_TIMEOUT
                      + settings.COMPLAINTDESK_WEBHOOK_READ_TIMEOUT) + LEASE_MARGIN
    delivery.attempts += 1
    wait = max(retry_delay(attempts=delivery.attempts), lease) if delivery.attempts < max_attempts else lease
    delivery.next_attempt_at = now + wait
    delivery.save(update_fields=["attempts", "next_attempt_at"])
    webhook_delivery_send_task.using(run_after=delivery.next_attempt_at).enqueue(delivery_id=delivery.pk)
    subscription = delivery.subscription
    body = body_encode(delivery.payload)
    headers = request_headers(secret=subscription.secret, event=delivery.event, delivery_id=delivery.pk,
                              timestamp=int(now.timestamp()), body=body)
    return Claim(delivery_id=delivery.pk, url=subscription.url, body=body, headers=headers)


@transaction.atomic
def delivery_outcome_record(*, delivery_id: int, outcome: Outcome) -> WebhookDelivery:
    """Delivered on a 2xx; otherwise failed, to be retried by the follow-up task, or given up after the last try."""
    delivery = WebhookDelivery.objects.select_for_update().get(pk=delivery_id)
    delivery.last_status_code, delivery.last_error = outcome.status_code, outcome.error
    delivery.duration_ms = outcome.duration_ms
    if outcome.delivered:
        delivery.status, delivery.delivered_at, delivery.next_attempt_at = Status.DELIVERED, timezone.now(), None
    elif delivery.attempts < settings.COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS:
        delivery.status = Status.FAILED  # next_attempt_at was set by the claim, with the follow-up task
    else:
        delivery.status, delivery.next_attempt_at = Status.GAVE_UP, None
    delivery.save(update_fields=["last_status_code", "last_error", "duration_ms", "status", "delivered_at",
                                 "next_attempt_at"])
    return delivery
