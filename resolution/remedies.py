"""Remedies given to restore trust, their value and who approved them (PRODUCT.md, Resolution)."""

import re
import secrets
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import Perm
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError
from complaints.models import Complaint, Interaction
from complaints.services import complaint_lock, permission_require
from complaints.validators import text_required

from .investigation import in_work_require
from .models import Remedy, RemedyType

CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
COUPON_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read out over the phone
APPROVERS = frozenset({User.Role.HEAD, User.Role.QMS, User.Role.ADMIN})


def currency_default() -> str:
    return settings.COMPLAINTDESK_CURRENCY


def coupon_code_new() -> str:
    while True:
        code = "CPN-" + "".join(secrets.choice(COUPON_ALPHABET) for _ in range(8))
        if not Remedy.objects.filter(coupon_code=code).exists():
            return code


def value_clean(*, remedy_type: RemedyType, value: Decimal | str | None) -> Decimal:
    try:
        amount = Decimal(str(value if value not in (None, "") else "0"))
    except InvalidOperation:
        raise DomainError(_("Enter the value as a number."), code="bad_value") from None
    if not amount.is_finite() or amount < 0 or amount >= Decimal("1e10"):
        raise DomainError(_("Enter the value as a number."), code="bad_value")
    if not remedy_type.has_value and amount != 0:
        raise DomainError(_("“%(remedy)s” has no monetary value: leave the value at zero.")
                          % {"remedy": remedy_type.name}, code="value_not_zero")
    if remedy_type.has_value and amount == 0:
        raise DomainError(_("Enter the value of “%(remedy)s”.") % {"remedy": remedy_type.name}, code="no_value")
    return amount.quantize(Decimal("0.01"))


def approval_check(*, complaint: Complaint, actor: User, value: Decimal, currency: str) -> None:
    """Above the department's limit only the head or QMS may approve a remedy."""
    limit = complaint.department.remedy_approval_limit
    if limit is None or value <= limit or actor.role in APPROVERS:
        return
    raise DomainError(
        _("A remedy above %(limit)s %(currency)s needs the approval of the department head or QMS.")
        % {"limit": limit, "currency": currency}, code="above_limit")


@transaction.atomic(durable=True)
def remedy_give(*, complaint: Complaint, actor: User, remedy_type: RemedyType | None,
                value: Decimal | str | None = None, currency: str = "", note: str = "") -> Remedy:
    """Record a remedy; a discount coupon gets a unique code the customer sees on the status page."""
    permission_require(user=actor, perm=Perm.REMEDY, complaint=complaint)
    if remedy_type is None or not remedy_type.is_active:
        raise DomainError(_("Choose the remedy."), code="no_remedy")
    amount = value_clean(remedy_type=remedy_type, value=value)
    currency = (currency or currency_default()).strip().upper()
    if not CURRENCY_RE.match(currency):
        raise DomainError(_("Enter the currency as a three-letter code, for example GEL."), code="bad_currency")
    note = text_required(note, limit=2000, missing="") if (note or "").strip() else ""
    complaint = complaint_lock(complaint=complaint)
    in_work_require(complaint=complaint, refusal=_("Remedies are recorded while the complaint is in work."))
    approval_check(complaint=complaint, actor=actor, value=amount, currency=currency)
    remedy = Remedy.objects.create(
        complaint=complaint, type=remedy_type, value=amount, currency=currency, note=note, approved_by=actor,
        coupon_code=coupon_code_new() if remedy_type.issues_coupon else None, created_at=timezone.now(),
    )
    data = {"remedy": remedy.pk, "type": remedy_type.code, "value": str(amount), "currency": currency}
    if remedy.coupon_code:
        data["coupon_code"] = remedy.coupon_code
    Interaction.objects.create(complaint=complaint, kind=Interaction.Kind.REMEDY_GIVEN, actor=actor, body=note,
                               data=data, created_at=timezone.now())
    audit_record(action=AuditAction.COMPLAINT_REMEDY_GIVEN, target=complaint, actor=actor, data=data)
    return remedy
