"""Reads of the follow-up survey."""

from datetime import datetime, timedelta

from django.db.models import QuerySet

from complaints.choices import Status
from complaints.models import Complaint

from .models import Survey
from .schedule import LATEST_HOURS
from .tokens import survey_token_hash

# A complaint closed longer ago than this gets no survey any more (the job was down for a day).
SURVEY_CATCH_UP = timedelta(hours=LATEST_HOURS + 24)


def complaints_awaiting_survey(*, now: datetime, delay: timedelta, after: tuple[datetime, int] | None = None,
                               limit: int) -> list[Complaint]:
    """Closed complaints with a customer e-mail, closed between the catch-up limit and ``delay`` ago, no survey.

    Keyset pages on ``(closed_at, id)``: pass the last row's pair as ``after``.
    """
    rows: QuerySet[Complaint] = Complaint.objects.filter(
        status=Status.CLOSED, closed_at__lte=now - delay, closed_at__gt=now - SURVEY_CATCH_UP,
        survey__isnull=True,
        imported_row__isnull=True,  # history imported from a file is not surveyed (intake.importing)
    ).exclude(contact_email="").order_by("closed_at", "id")
    if after is not None:
        closed_at, pk = after
        rows = rows.filter(closed_at__gte=closed_at).exclude(closed_at=closed_at, id__lte=pk)
    return list(rows[:limit])


def survey_by_token(*, token: str) -> Survey | None:
    """The survey a link opens, with its complaint; None for a link that was never given."""
    if not token or len(token) > 100:
        return None
    return Survey.objects.select_related("complaint").filter(token_hash=survey_token_hash(token)).first()


def survey_for_complaint(*, complaint: Complaint) -> Survey | None:
    return Survey.objects.filter(complaint=complaint).first()
