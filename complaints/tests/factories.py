"""Complaints are made through the registration service, never written by hand."""

from datetime import date
from typing import Any

from accounts.models import User
from complaints.choices import Channel
from complaints.models import Complaint
from intake.services import complaint_register
from routing.models import Department


def complaint_fields(**overrides: Any) -> dict[str, Any]:
    fields = {
        "organisation": "შპს ალფა",
        "contact_name": "ნინო ბერიძე",
        "contact_position": "ბუღალტერი",
        "contact_phone": "+995 599 12 34 56",
        "contact_email": "nino@example.com",
        "occurred_on": date(2026, 11, 2),
        "product": "ბუღალტერია 3.0",
        "description": "განახლების შემდეგ ანგარიშები აღარ იხსნება.",
        "desired_outcome": "repair",
    }
    fields.update(overrides)
    return fields


def complaint_make(*, department: Department, registered_by: User | None = None,
                   channel: str = Channel.WEB, language: str = "ka", **kwargs: Any) -> Complaint:
    fields = complaint_fields(**kwargs.pop("fields", {}))
    return complaint_register(channel=channel, fields=fields, registered_by=registered_by, language=language,
                              department=department, **kwargs)
