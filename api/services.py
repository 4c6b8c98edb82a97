"""Tokens: make, revoke, authenticate; and registration that a repeated request cannot double."""

import hashlib
import json
import secrets
from collections.abc import Callable
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import DomainError
from complaintdesk.reference_data import PEOPLE, reference_data, reference_data_changed
from complaints.models import Complaint
from intake.models import Receipt

from .models import ApiToken, IdempotencyKey

def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def request_fingerprint(data: dict) -> str:
    """The parsed request, independent of key order and spacing, as SHA-256."""
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


def api_token_create(*, name: str, user: User) -> tuple[ApiToken, str]:
    """A new token and its key: the key is returned here only, and never stored."""
    key = secrets.token_urlsafe(32)
    token = ApiToken.objects.create(name=name, user=user, key_hash=key_hash(key), prefix=key[:8],
                                    created_at=timezone.now())
    return token, key


@transaction.atomic
def api_token_revoke(*, token: ApiToken) -> None:
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=token.revoked_at)
        reference_data_changed(PEOPLE)  # no process may go on accepting it: an update() sends no signal


LAST_USED_PRECISION = timedelta(minutes=1)  # "last used" is written at most this often: not on every request


def api_token_authenticate(*, key: str) -> ApiToken | None:
    """The live token with this key, whose employee is active; marks it used (to the minute).

    Kept by each process with the reference data (``complaintdesk.reference_data``): every save
    of a token or of an employee, and every revocation, changes the reference version, so a
    revoked token or a deactivated employee is refused from the next request on, in every process.
    """
    if not key:
        return None
    digest = key_hash(key)
    token = reference_data(f"api_token:{digest}", lambda: (
        ApiToken.objects.select_related("user", "user__department")
        .filter(key_hash=digest, revoked_at__isnull=True, user__is_active=True).first()
    ), scope=PEOPLE)
    now = timezone.now()
    if token is not None and (token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION):
        token.last_used_at = now
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token


class IdempotencyKeyReused(DomainError):
    code = "idempotency_key_reused"
    status = 422


def complaint_register_once(*, token: ApiToken, key: str, request_hash: str,
                            register: Callable[[], Complaint | Receipt]) -> tuple[Complaint | Receipt, bool]:
    """Run ``register`` once per (token, key): ``(complaint or receipt, created)``.

    The key row and what ``register`` made commit together. Of two racing requests, the second
    waits on the unique (token, key) index until the first commits, then finds what it made;
    a refused registration leaves no key, so the client may retry with it. The same key with
    a different request (``request_hash``) is refused.
    """
    if not key:
        return register(), True
    key = key[:200]
    try:
        with transaction.atomic():
            reservation = IdempotencyKey.objects.create(token=token, key=key, request_hash=request_hash,
                                                        created_at=timezone.now())
            made = register()
            field = "receipt" if isinstance(made, Receipt) else "complaint"
            setattr(reservation, field, made)
            reservation.save(update_fields=[field])
            return made, True
    except IntegrityError:
        row = IdempotencyKey.objects.select_related("complaint", "receipt").get(token=token, key=key)
        if row.request_hash != request_hash:
            raise IdempotencyKeyReused(_("This Idempotency-Key was already used for a different request. "
                                         "Use a new key for a new complaint.")) from None
        return row.complaint or row.receipt, False
