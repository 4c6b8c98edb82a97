import re

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from complaintdesk.errors import DomainError

# Digits with the usual separators and an optional leading +: "+995 599 12-34-56", "(495) 123 45 67".
PHONE_RE = re.compile(r"^\+?[\d\s().\-]{5,30}$")


def validate_phone(value: str) -> None:
    digits = sum(ch.isdigit() for ch in value)
    if not PHONE_RE.match(value) or not 5 <= digits <= 15:
        raise ValidationError(
            _("Enter a phone number of 5 to 15 digits, for example +995 599 12 34 56."), code="phone"
        )


def validate_not_future(value) -> None:
    if value and value > timezone.localdate():
        raise ValidationError(_("This date is in the future. Enter the date it happened."), code="future")


def text_required(text: str, *, limit: int, missing: str) -> str:
    """``text`` stripped; refused with ``missing`` when empty, or when longer than ``limit``."""
    text = (text or "").strip()
    if not text:
        raise DomainError(missing, code="required")
    if len(text) > limit:
        raise DomainError(
            ngettext("This text is too long: the limit is %(limit)d character.",
                     "This text is too long: the limit is %(limit)d characters.", limit) % {"limit": limit},
            code="too_long",
        )
    return text
