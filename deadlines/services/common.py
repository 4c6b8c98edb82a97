"""Small helpers shared by the deadline services."""

from datetime import datetime
from datetime import timezone as dt_timezone
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format

from accounts.models import User
from complaints.models import Complaint

MOMENT_FORMAT = "j E Y, H:i T"  # as the customer's status page writes dates: "23 ноября 2026, 18:00 +04"


def due_stamp(due_at: datetime) -> str:
    """A deadline as a compact UTC stamp, for e-mail keys and timeline data: a moved deadline is a new stamp."""
    return due_at.astimezone(dt_timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def utc_iso(moment: datetime) -> str:
    """A moment as ISO text in UTC, the way timeline and audit data keep it."""
    return moment.astimezone(dt_timezone.utc).isoformat()


def staff_url(complaint: Complaint) -> str:
    return settings.COMPLAINTDESK_BASE_URL.rstrip("/") + complaint.get_absolute_url()


def user_time_zone(user: User) -> str:
    return user.time_zone or settings.TIME_ZONE


def moment_text(moment: datetime, *, language: str, time_zone: str) -> str:
    """A date and time as the reader writes it, in their time zone."""
    with translation.override(language):
        return date_format(moment.astimezone(ZoneInfo(time_zone)), MOMENT_FORMAT)
