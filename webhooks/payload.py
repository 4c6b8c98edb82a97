"""The JSON every webhook carries; its shape is documented in README.md ("Webhooks"): change it only by adding."""

from datetime import datetime
from datetime import timezone as dt_timezone
from typing import Any

from django.conf import settings

from complaints.models import Complaint


def utc_text(moment: datetime | None) -> str | None:
    return moment.astimezone(dt_timezone.utc).isoformat().replace("+00:00", "Z") if moment else None


def complaint_part(complaint: Complaint) -> dict[str, Any]:
    """What an integration needs to find the complaint and act on it; no customer's personal data."""
    return {
        "id": complaint.pk,
        "tracking_number": complaint.tracking_number,
        "status": complaint.status,
        "kind": complaint.kind,
        "origin": complaint.origin,
        "channel": complaint.channel,
        "importance": complaint.importance,
        "language": complaint.language,
        "department": complaint.department.code,
        "assignee": complaint.assignee.get_username() if complaint.assignee_id else None,
        "registered_at": utc_text(complaint.created_at),
        "due_at": utc_text(complaint.due_at),
        "closed_at": utc_text(complaint.closed_at),
        "overdue_at": utc_text(complaint.overdue_at),
        "url": settings.COMPLAINTDESK_BASE_URL.rstrip("/") + complaint.get_absolute_url(),
    }


def event_payload(*, event: str, event_id: str, occurred_at: datetime, complaint: Complaint | None,
                  data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": event_id,
        "event": event,
        "occurred_at": utc_text(occurred_at),
        "complaint": complaint_part(complaint) if complaint is not None else None,
        "data": data,
    }
