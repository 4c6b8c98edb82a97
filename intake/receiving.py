"""Accept now, register a moment later: for channels that must answer fast.

``complaint_receive`` checks what the customer sent as registration would, gives it its
tracking number and secret link, and stores it in one short transaction: the answer goes back
at once and nothing accepted can be lost. The receipts table is itself the queue: every
worker process drains it (``receipts_drain``, a few times a second) and registers each receipt
as if at the time it arrived, so deadlines count from then. A receipt whose registration broke
off (a crash, a restart, an error) is tried again by the minute's sweep
(``receipts_register_pending``). One that cannot be registered — the rules changed meanwhile,
say — stays, with the reason, in the admin.
"""

import logging
import threading
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone, translation
from django.utils.translation import get_language

from accounts.models import User
from complaintdesk.errors import DomainError
from complaintdesk.reference_data import reference_data_kept
from complaintdesk.rows import row_insert
from complaints.choices import Kind, Origin

from .models import Receipt
from .services import complaint_register, complaint_unsaved
from .tracking import access_token_new, tracking_number_next

logger = logging.getLogger(__name__)

# A receipt still waiting this long after it arrived has lost its task: the sweep registers it.
SWEEP_AFTER = timedelta(minutes=1)


def complaint_receive(*, channel: str, fields: Mapping[str, Any], registered_by: User | None,
                      language: str = "", kind: str = Kind.COMPLAINT, importance: str = "") -> Receipt:
    """Accept a complaint: checked, numbered and stored; registered by the worker a moment later.

    Raises ``ValidationError`` (field errors in the active language) for what registration would
    refuse, before anything is written. Called inside a transaction, it joins it (no savepoint: the
    public form commits its flood count with the receipt).
    """
    fields = {name: value for name, value in fields.items() if value is not None}
    now = timezone.now()
    page_language = get_language() or settings.LANGUAGE_CODE
    complaint_unsaved(channel=channel, fields=fields, kind=kind, origin=Origin.EXTERNAL, importance=importance,
                      language=language or page_language, now=now, attachments=[])
    receipt = Receipt(
        channel=channel, fields=fields, language=language, page_language=page_language, kind=kind,
        importance=importance, registered_by=registered_by, access_token=access_token_new(), received_at=now,
    )
    with transaction.atomic(savepoint=False):
        receipt.tracking_number = tracking_number_next(year=now.year)
        row_insert(receipt)  # the hot path of "accept now": without the ORM's query building
    return receipt


def receipt_register(*, receipt_id: int) -> Receipt | None:
    """Register a received complaint, once; a refusal is kept on the receipt with its reason.

    Any other error (a bug, the database) is counted on the receipt and raised: it stays received,
    for the minute's sweep.
    """
    return receipt_claim_and_register(Receipt.objects.filter(pk=receipt_id))


def receipt_claim_and_register(candidates: QuerySet[Receipt]) -> Receipt | None:
    """Lock the first of ``candidates`` still received that no other worker holds, and register it."""
    with transaction.atomic():
        receipt = (candidates.select_for_update(skip_locked=True, of=("self",)).select_related("registered_by")
                   .filter(status=Receipt.Status.RECEIVED).order_by("received_at", "id").first())
        if receipt is None:
            return None  # registered already, or being registered by another worker
        try:
            return receipt_register_locked(receipt)
        except Exception as exc:
            failure = exc
    Receipt.objects.filter(pk=receipt.pk, status=Receipt.Status.RECEIVED).update(
        attempts=F("attempts") + 1, last_error=f"{type(failure).__name__}: {failure}"[:2000])
    raise failure


def receipt_register_locked(receipt: Receipt) -> Receipt:
    receipt.attempts += 1
    with translation.override(receipt.page_language or settings.LANGUAGE_CODE):
        try:
            with transaction.atomic():
                receipt.complaint = complaint_register(
                    channel=receipt.channel, fields=receipt.fields, registered_by=receipt.registered_by,
                    language=receipt.language, kind=receipt.kind, importance=receipt.importance, receipt=receipt,
                )
        except ValidationError as exc:
            receipt.status, receipt.last_error = Receipt.Status.FAILED, "; ".join(exc.messages)
        except DomainError as exc:
            receipt.status, receipt.last_error = Receipt.Status.FAILED, str(exc.message)
        else:
            receipt.status = Receipt.Status.REGISTERED
    if receipt.status == Receipt.Status.FAILED:
        logger.warning("receipt %s could not be registered: %s", receipt.tracking_number, receipt.last_error)
    receipt.save(update_fields=["status", "complaint", "attempts", "last_error"])
    return receipt


def receipts_register_again(*, receipt_ids: list[int]) -> int:
    """Try the refused ones again (an employee fixed the rules, say): the number registered now."""
    Receipt.objects.filter(pk__in=receipt_ids, status=Receipt.Status.FAILED).update(status=Receipt.Status.RECEIVED)
    return receipts_register(receipt_ids=receipt_ids)


def receipts_register(*, receipt_ids: list[int]) -> int:
    """Register these receipts, each on its own: the number registered (one that breaks off is logged)."""
    registered = 0
    with reference_data_kept():
        for receipt_id in receipt_ids:
            try:
                receipt = receipt_register(receipt_id=receipt_id)
            except Exception:
                logger.exception("receipt %s: registration broke off; the sweep tries it again", receipt_id)
                continue
            registered += receipt is not None and receipt.status == Receipt.Status.REGISTERED
    return registered


def receipts_drain(*, limit: int = 200) -> int:
    """Register up to ``limit`` received complaints that no registration has tried yet, oldest first.

    Several workers drain at once: each takes the oldest receipt no other holds (``SKIP LOCKED``).
    Returns how many it took.
    """
    fresh = Receipt.objects.filter(attempts=0)
    taken = 0
    with reference_data_kept():
        while taken < limit:
            try:
                if receipt_claim_and_register(fresh) is None:
                    break
            except Exception:
                logger.exception("a received complaint's registration broke off; the sweep tries it again")
            taken += 1
    return taken


def receipts_drain_loop(*, stop: threading.Event, interval: float = 0.2) -> None:
    """Drain until ``stop`` is set: what a worker process runs beside its jobs."""
    try:
        while not stop.is_set():
            try:
                if not receipts_drain():
                    stop.wait(interval)
            except Exception:
                logger.exception("draining the received complaints failed; trying again")
                stop.wait(5)
    finally:
        connection.close()


def receipts_register_pending(*, older_than: timedelta = SWEEP_AFTER, limit: int = 1000) -> int:
    """Register the receipts still waiting after ``older_than`` (their registration broke off): the number registered."""
    due = list(Receipt.objects.filter(status=Receipt.Status.RECEIVED, received_at__lte=timezone.now() - older_than)
               .order_by("received_at", "id").values_list("pk", flat=True)[:limit])
    return receipts_register(receipt_ids=due)
