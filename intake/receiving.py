"""Accept now, register a moment later: for channels that must answer fast.

``complaint_receive`` checks what the customer sent as registration would, gives it its
tracking number and secret link, and stores it with its task in one short transaction: the
answer goes back at once and nothing accepted can be lost. The worker then registers it
(``receipt_register``) as if at the time it arrived, so deadlines count from then.
A receipt whose task did not run to the end (a crash, a restart) is registered by the
minute's sweep (``receipts_register_pending``). One that cannot be registered — the
rules changed meanwhile, say — stays, with the reason, in the admin.
"""

import logging
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import get_language

from accounts.models import User
from complaintdesk.errors import DomainError
from complaintdesk.reference_data import reference_data_kept
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
    from .tasks import receipt_register_task

    fields = {name: value for name, value in fields.items() if value is not None}
    now = timezone.now()
    page_language = get_language() or settings.LANGUAGE_CODE
    complaint_unsaved(channel=channel, fields=fields, kind=kind, origin=Origin.EXTERNAL, importance=importance,
                      language=language or page_language, now=now, attachments=[])
    with transaction.atomic(savepoint=False):
        receipt = Receipt.objects.create(
            channel=channel, fields=fields, language=language, page_language=page_language, kind=kind,
            importance=importance, registered_by=registered_by, tracking_number=tracking_number_next(year=now.year),
            access_token=access_token_new(), received_at=now,
        )
        receipt_register_task.enqueue(receipt_id=receipt.pk)
    return receipt


def receipt_register(*, receipt_id: int) -> Receipt | None:
    """Register a received complaint, once; a refusal is kept on the receipt with its reason."""
    with transaction.atomic():
        receipt = (Receipt.objects.select_for_update(skip_locked=True, of=("self",)).select_related("registered_by")
                   .filter(pk=receipt_id, status=Receipt.Status.RECEIVED).first())
        if receipt is None:
            return None  # registered already, or being registered by another worker
        receipt.attempts += 1
        with translation.override(receipt.page_language or settings.LANGUAGE_CODE):
            try:
                with transaction.atomic():
                    receipt.complaint = complaint_register(
                        channel=receipt.channel, fields=receipt.fields, registered_by=receipt.registered_by,
                        language=receipt.language, kind=receipt.kind, importance=receipt.importance,
                        receipt=receipt,
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
    registered = 0
    with reference_data_kept():
        for receipt_id in receipt_ids:
            receipt = receipt_register(receipt_id=receipt_id)
            registered += receipt is not None and receipt.status == Receipt.Status.REGISTERED
    return registered


def receipts_register_pending(*, older_than: timedelta = SWEEP_AFTER, limit: int = 1000) -> int:
    """Register the receipts whose own task did not: the number registered."""
    due = list(Receipt.objects.filter(status=Receipt.Status.RECEIVED, received_at__lte=timezone.now() - older_than)
               .order_by("received_at").values_list("pk", flat=True)[:limit])
    return receipts_register(receipt_ids=due)
