"""The letter channel: a paper letter is registered with its scan, the day it came and the sender's address."""

from collections.abc import Iterable
from datetime import date
from pathlib import PurePath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from complaints import timeline
from complaints.choices import Channel, Kind
from complaints.models import Category, Complaint
from complaints.validators import validate_not_future
from routing.models import Department

from .attachments import attachments_check
from .services import complaint_register

# A scan is a document or a picture; the size limit and the allowed types come from the attachment settings.
SCAN_EXTENSIONS = ("pdf", "jpg", "jpeg", "png")


def scan_extensions() -> list[str]:
    allowed = {ext.lower().lstrip(".") for ext in settings.COMPLAINTDESK_ATTACHMENT_EXTENSIONS}
    return [ext for ext in SCAN_EXTENSIONS if ext in allowed]


def letter_check(*, scan: UploadedFile | None, received_on: date | None, address: str) -> None:
    """Refuse a letter without its scan, with a scan of another type or too large, or with no date or address."""
    errors: dict[str, list[str]] = {}
    if scan is None:
        errors["scan"] = [_("Attach the scan of the letter.")]
    elif PurePath(scan.name or "").suffix.lower().lstrip(".") not in scan_extensions():
        errors["scan"] = [_("A scan must be a file of one of these types: %(allowed)s. “%(name)s” is not.")
                          % {"allowed": ", ".join(ext.upper() for ext in scan_extensions()), "name": scan.name}]
    else:
        try:
            attachments_check([scan])
        except ValidationError as exc:
            errors["scan"] = exc.messages
    if received_on is None:
        errors["received_on"] = [_("Enter the date the letter was received.")]
    else:
        try:
            validate_not_future(received_on)
        except ValidationError as exc:
            errors["received_on"] = exc.messages
    if not (address or "").strip():
        errors["contact_address"] = [_("Enter the sender's postal address: the answer may have to go by post.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def letter_register(*, fields: dict[str, Any], scan: UploadedFile | None, received_on: date | None,
                    registered_by: User, language: str, kind: str = Kind.COMPLAINT, importance: str = "",
                    department: Department | None = None, cause_category: Category | None = None,
                    subject_category: Category | None = None, script_steps: Iterable[str] = (),
                    attachments: list[UploadedFile] | None = None) -> Complaint:
    """Register a letter through the one registration service; the scan is its first attachment.

    The timeline says when the letter came and which attachment is its scan. Raises
    ``ValidationError`` with field errors; nothing is saved unless all of it is valid.
    """
    letter_check(scan=scan, received_on=received_on, address=fields.get("contact_address") or "")
    complaint = complaint_register(
        channel=Channel.LETTER, fields=fields, registered_by=registered_by, language=language, kind=kind,
        importance=importance, department=department, cause_category=cause_category,
        subject_category=subject_category, script_steps=script_steps, attachments=[scan, *(attachments or [])],
    )
    stored = complaint.attachments.order_by("id").first()
    timeline.letter_received_interaction(complaint=complaint, actor=registered_by, received_on=received_on,
                                         scan=stored)
    return complaint
