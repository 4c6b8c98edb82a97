"""Reads of complaints. ``complaint_access`` is the only way to fetch one by user input."""

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import complaint_visibility, complaint_visible
from complaintdesk.errors import NotFound

from .choices import OPEN_STATUSES
from .models import Complaint, Interaction

QUEUE_PAGE_SIZE = 50


def complaint_access(*, user: User, number: str) -> Complaint:
    """The complaint with this tracking number, if ``user`` may see it.

    Missing and not visible raise the same error, so numbers cannot be probed.
    """
    complaint = (
        Complaint.objects.select_related("department", "assignee", "registered_by", "cause_category",
                                         "subject_category")
        .filter(tracking_number=number.strip().upper())
        .first()
    )
    if complaint is None or not complaint_visible(user, complaint):
        raise NotFound(_("No complaint %(number)s was found.") % {"number": number})
    return complaint


def complaint_by_token(*, token: str) -> Complaint:
    """The customer's own complaint, reached through its secret link."""
    complaint = (
        Complaint.objects.select_related("assignee").filter(access_token=token).first() if token else None
    )
    if complaint is None:
        raise NotFound(_("This link is not valid. Check that it was copied whole."))
    return complaint


def complaint_timeline(*, complaint: Complaint) -> QuerySet[Interaction]:
    return complaint.interactions.select_related("actor").order_by("created_at", "id")


@dataclass(frozen=True)
class QueueFilters:
    status: str = ""
    department: int | None = None
    assignee: int | None = None
    importance: str = ""
    kind: str = ""
    channel: str = ""
    language: str = ""
    overdue: bool = False
    open_only: bool = False
    needs_language: bool = False
    search: str = ""
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class QueuePage:
    complaints: list[Complaint]
    next_cursor: str | None


EPOCH = datetime(1970, 1, 1, tzinfo=dt_timezone.utc)


def cursor_encode(complaint: Complaint) -> str:
    """The position after ``complaint``: its due time in whole microseconds, and its id."""
    return f"{(complaint.due_at - EPOCH) // timedelta(microseconds=1)}_{complaint.pk}"


def cursor_decode(cursor: str) -> tuple[datetime, int] | None:
    try:
        micros, pk = cursor.split("_", 1)
        return EPOCH + timedelta(microseconds=int(micros)), int(pk)
    except (ValueError, OverflowError):
        return None


TRACKING_NUMBER_RE = re.compile(r"^CD-\d{4}-\d{1,6}$", re.IGNORECASE)
# A word matching fewer complaints than this is paged in memory (step 1 below); see the docstring.
SEARCH_CANDIDATES_MAX = 1000


def complaint_queue_queryset(*, user: User, filters: QueueFilters) -> QuerySet[Complaint]:
    """The complaints ``user`` may see that pass ``filters``, unordered."""
    qs = Complaint.objects.filter(complaint_visibility(user))
    for name in ("status", "importance", "kind", "channel", "language"):
        value = getattr(filters, name)
        if value:
            qs = qs.filter(**{name: value})
    if filters.department:
        qs = qs.filter(department_id=filters.department)
    if filters.assignee:
        qs = qs.filter(assignee_id=filters.assignee)
    if filters.overdue:
        qs = qs.filter(status__in=OPEN_STATUSES, due_at__lt=timezone.now())
    elif filters.open_only:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if filters.needs_language:
        qs = qs.exclude(needs_language="")
    term = filters.search.strip()
    if TRACKING_NUMBER_RE.match(term):
        qs = qs.filter(tracking_number=term.upper())
    elif term:
        qs = qs.filter(search_text__contains=term.lower())
    return qs


def complaint_list_for_queue(*, user: User, filters: QueueFilters, cursor: str = "",
                             page_size: int = QUEUE_PAGE_SIZE) -> QueuePage:
    """One page of the queue, sorted by deadline, with keyset pagination on (due_at, id).

    A text search first reads the matching (due_at, id) pairs unordered, which the trigram
    index answers in milliseconds; when there are few, the page is cut from them. Walking
    the deadline index instead, PostgreSQL assumes the word is spread evenly and may scan a
    million rows for a word that is rare in the user's own department (seen: 2–4 s).
    """
    qs = complaint_queue_queryset(user=user, filters=filters)
    position = cursor_decode(cursor) if cursor else None
    if filters.search.strip():
        found = list(qs.values_list("due_at", "id")[: SEARCH_CANDIDATES_MAX + 1])
        if len(found) <= SEARCH_CANDIDATES_MAX:
            found.sort()
            if position:
                found = [pair for pair in found if pair > position]
            ids = [pk for _due_at, pk in found[: page_size + 1]]
            rows = list(Complaint.objects.filter(pk__in=ids).select_related("department", "assignee")
                        .order_by("due_at", "id"))
            return queue_page(rows, page_size)
    if position:
        due_at, pk = position
        qs = qs.filter(Q(due_at__gt=due_at) | Q(due_at=due_at, id__gt=pk))
    rows = list(qs.select_related("department", "assignee").order_by("due_at", "id")[: page_size + 1])
    return queue_page(rows, page_size)


def queue_page(rows: list[Complaint], page_size: int) -> QueuePage:
    next_cursor = cursor_encode(rows[page_size - 1]) if len(rows) > page_size else None
    return QueuePage(complaints=rows[:page_size], next_cursor=next_cursor)


def complaint_list_for_export(*, user: User, filters: QueueFilters, chunk_size: int = 1000):
    """Every complaint of the queue ``user`` sees with ``filters``, in its (due_at, id) order, streamed.

    ``iterator`` reads ``chunk_size`` rows at a time (a server-side cursor on PostgreSQL), so an
    export of a million rows never holds them all in memory.
    """
    return (complaint_queue_queryset(user=user, filters=filters)
            .select_related("department", "cause_category", "subject_category")
            .order_by("due_at", "id").iterator(chunk_size=chunk_size))
