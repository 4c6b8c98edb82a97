"""A converted row checked with the registration's own rules (the model's validators) and the rules of history.

No queries: the ``Complaint`` is built in memory and ``full_clean`` runs its field validators,
the same ones ``intake.services.complaint_register`` runs.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from complaints.choices import Status
from complaints.models import Complaint
from web.forms.language import LANGUAGE_CODE_VALIDATOR

from .columns import REQUIRED, TARGETS_BY_KEY
from .rows import Row

# Complaint fields a row may set, besides the dates and the categories.
ROW_FIELDS = ("status", "kind", "channel", "importance", "validity", "satisfaction", "loyalty", "language",
              "organisation", "contact_name", "contact_position", "contact_phone", "contact_email",
              "contact_address", "account_ref", "occurred_on", "product", "description", "emotion",
              "resolution_text")
NOT_CHECKED = ["department", "tracking_number", "access_token", "search_text", "due_at", "created_at",
               "closed_at", "cause_category", "subject_category"]


@dataclass(frozen=True)
class Defaults:
    channel: str
    language: str
    department: int | None


def column_of(key: str, columns: dict[str, str]) -> str:
    """The header of the column mapped to ``key``, or the target's own name when none is."""
    return columns.get(key) or str(TARGETS_BY_KEY[key].label)


def complaint_from_row(row: Row, defaults: Defaults) -> Complaint:
    values = row.values
    closed_at = values.get("closed_at")
    complaint = Complaint(**{name: values[name] for name in ROW_FIELDS if name in values})
    complaint.status = values.get("status") or (Status.CLOSED if closed_at else Status.NEW)
    complaint.channel = values.get("channel") or defaults.channel
    complaint.language = (values.get("language") or defaults.language).lower()[:8]
    complaint.created_at = values.get("registered_at")
    complaint.closed_at = closed_at
    complaint.department_id = values.get("department") or defaults.department
    complaint.cause_category_id = values.get("cause_category")
    complaint.subject_category_id = values.get("subject_category")
    return complaint


def row_check(*, row: Row, columns: dict[str, str], defaults: Defaults, now: datetime) -> Complaint | None:
    """The complaint the row describes, unsaved; None, with the reasons added to ``row.errors``, if it is bad."""
    errors = row.errors
    failed = {header for header, _reason in errors}
    for key in REQUIRED:
        if key not in row.values and column_of(key, columns) not in failed:
            errors.append((column_of(key, columns), _("This cell is empty; every complaint needs it.")))
    complaint = complaint_from_row(row, defaults)
    registered_at, closed_at = complaint.created_at, complaint.closed_at
    if registered_at and registered_at > now:
        errors.append((column_of("registered_at", columns), _("This date is in the future.")))
    if complaint.status == Status.CLOSED and not closed_at and column_of("closed_at", columns) not in failed:
        errors.append((column_of("status", columns), _("A closed complaint needs the date it was closed.")))
    if closed_at and complaint.status != Status.CLOSED:
        errors.append((column_of("closed_at", columns),
                       _("Only a closed complaint has a closing date; the status here is “%(status)s”.")
                       % {"status": complaint.get_status_display()}))
    if closed_at and registered_at and closed_at < registered_at:
        errors.append((column_of("closed_at", columns), _("The complaint cannot be closed before it was registered.")))
    if complaint.department_id is None:
        errors.append((column_of("department", columns),
                       _("No department: map a department column, or mark a department in the admin as receiving "
                         "complaints with no department.")))
    try:
        LANGUAGE_CODE_VALIDATOR(complaint.language)
    except ValidationError as exc:
        errors.append((column_of("language", columns), exc.messages[0]))
    try:
        complaint.full_clean(exclude=[*NOT_CHECKED, "language"], validate_unique=False, validate_constraints=False)
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            if name in REQUIRED and name not in row.values:
                continue  # said above, once
            column = column_of(name, columns) if name in TARGETS_BY_KEY else ""
            errors.extend((column, message) for message in messages)
    return None if errors else complaint
