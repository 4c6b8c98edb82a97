"""The public complaint form: flood protection, then registration like every other channel."""

import math
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from complaintdesk.errors import DomainError
from complaints.choices import Channel
from complaints.models import Complaint
from intake.models import Receipt
from intake.receiving import complaint_receive
from intake.services import complaint_check, complaint_register

from .models import SubmissionAttempt
from .selectors import submission_attempts_since

RATE_WINDOW = timedelta(hours=1)
ADDRESS_HASH_SALT = "complaintdesk.portal.submission-address"


class SubmissionRateLimited(DomainError):
    """Too many submissions from one address in the last hour."""

    code = "rate_limited"
    status = 429

    def __init__(self, *, retry_after: int) -> None:
        super().__init__(
            _("We have received too many complaints from your network in the last hour. "
              "Try again later, or call us at %(phone)s and we will register your complaint at once.")
            % {"phone": settings.COMPLAINTDESK_CONTACT_PHONE}
        )
        self.retry_after = retry_after


class SubmissionRefused(DomainError):
    """The form came back in a shape no person fills in (the hidden field is filled)."""

    code = "submission_refused"
    status = 400


def address_hash(*, address: str) -> str:
    """A keyed hash of the client address: enough to count, useless to recover the address."""
    return salted_hmac(ADDRESS_HASH_SALT, address, algorithm="sha256").hexdigest()


@transaction.atomic(durable=True)
def submission_attempt_record(*, address: str) -> None:
    """Count this submission against the address's hourly allowance, or refuse it.

    Runs in its own transaction, so the attempt counts even if registration then
    fails: a flood of invalid submissions is a flood too. Rows past the window are
    deleted every hour (``submission_attempts_expire``), not here.
    """
    submission_attempt_count(address=address)


def submission_attempt_count(*, address: str) -> None:
    """Store the attempt, or raise ``SubmissionRateLimited`` having stored nothing. Call inside a transaction."""
    digest = address_hash(address=address)
    now = timezone.now()
    window_start = now - RATE_WINDOW
    if not attempt_insert_within_allowance(digest=digest, now=now, since=window_start,
                                           limit=settings.COMPLAINTDESK_PORTAL_RATE_PER_HOUR):
        oldest = (submission_attempts_since(address_hash=digest, since=window_start)
                  .order_by("created_at").values_list("created_at", flat=True).first() or now)
        raise SubmissionRateLimited(retry_after=max(1, math.ceil((oldest + RATE_WINDOW - now).total_seconds())))


def attempt_insert_within_allowance(*, digest: str, now: datetime, since: datetime, limit: int) -> bool:
    """Store the attempt if the address has had fewer than ``limit`` since ``since``: one round trip.

    Concurrent submissions of one address must count alike. SQLite transactions already start
    with the write lock (``transaction_mode`` IMMEDIATE); on PostgreSQL a function (migration
    ``portal.0002``) takes a transaction lock on the address before it counts.
    """
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT portal_submission_attempt_take(%s, %s, %s, %s, %s)",
                           [int(digest[:15], 16), digest, now, since, limit])
            return cursor.fetchone()[0]
        table = connection.ops.quote_name(SubmissionAttempt._meta.db_table)
        now_value, since_value = (connection.ops.adapt_datetimefield_value(value) for value in (now, since))
        cursor.execute(
            f"INSERT INTO {table} (address_hash, created_at) SELECT %s, %s WHERE "
            f"(SELECT COUNT(*) FROM {table} WHERE address_hash = %s AND created_at > %s) < %s",
            [digest, now_value, digest, since_value, limit],
        )
        return cursor.rowcount == 1


def submission_attempts_expire() -> int:
    """Delete the attempts past the rate window (every hour): the number deleted."""
    deleted, _ = SubmissionAttempt.objects.filter(created_at__lte=timezone.now() - RATE_WINDOW).delete()
    return deleted


def portal_complaint_submit(*, address: str, honeypot: str, fields: Mapping[str, Any],
                            attachments: list[UploadedFile]) -> Complaint | Receipt:
    """Register a complaint sent through the public form, by a customer without an account.

    Raises ``ValidationError`` (field errors) for what registration refuses, without counting it
    against the address; ``SubmissionRateLimited`` past the hourly allowance of the address, and
    ``SubmissionRefused`` when the hidden honeypot field is filled (a person never sees it).
    Nothing is saved then.
    The customer's language is the one they wrote in; the page's language when it cannot be told.
    With ``COMPLAINTDESK_PORTAL_RECEIPTS`` on, a complaint without files is accepted at once and
    registered by the worker a moment later (``intake.receiving``): a ``Receipt`` is returned.
    """
    if settings.COMPLAINTDESK_PORTAL_RECEIPTS and not attachments:
        return portal_complaint_receive(address=address, honeypot=honeypot, fields=fields)
    complaint_check(channel=Channel.WEB, fields=fields, attachments=attachments)  # a mistake costs no allowance
    submission_attempt_record(address=address)
    if honeypot.strip():
        raise submission_refused()
    return complaint_register(channel=Channel.WEB, registered_by=None, fields=fields,
                              attachments=attachments)


def portal_complaint_receive(*, address: str, honeypot: str, fields: Mapping[str, Any]) -> Receipt:
    """The same, answered at once: the flood count and the receipt commit in one transaction.

    The form has checked the fields already, so the receipt's own check refuses nothing in
    practice; if it did, the count would go with it.
    """
    with transaction.atomic(durable=True):
        submission_attempt_count(address=address)
        receipt = None if honeypot.strip() else complaint_receive(channel=Channel.WEB, registered_by=None,
                                                                   fields=fields)
    if receipt is None:
        raise submission_refused()
    return receipt


def submission_refused() -> SubmissionRefused:
    return SubmissionRefused(_("Your complaint could not be sent. Try again, or call us at %(phone)s.")
                             % {"phone": settings.COMPLAINTDESK_CONTACT_PHONE})
