"""Deadline compliance: solutions within the deadline, working time to first contact and to solution, delays."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, F, Q

from complaints.models import Interaction

from ..shares import share
from .percentiles import percentiles
from .scope import Scope

REASONS_LIMIT = 20  # the latest delay reasons listed in the report
HOUR = 3600


@dataclass(frozen=True)
class DelayReason:
    tracking_number: str
    reason: str
    at: datetime
    late: bool  # announced after the deadline had passed


@dataclass(frozen=True)
class DeadlineCompliance:
    closed: int
    on_time: int
    first_contacts: int
    first_contact_median_hours: float | None
    first_contact_p90_hours: float | None
    solution_median_hours: float | None
    solution_p90_hours: float | None
    delay_notices: int
    delay_notices_late: int
    delayed_complaints: int
    reasons: list[DelayReason]

    @property
    def on_time_share(self) -> float | None:
        return share(self.on_time, self.closed)

    @property
    def closed_late(self) -> int:
        return self.closed - self.on_time


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else seconds / HOUR


def deadlines_section(*, scope: Scope) -> DeadlineCompliance:
    closed = scope.closed().aggregate(closed=Count("id"), on_time=Count("id", filter=Q(closed_at__lte=F("due_at"))))
    contacted = scope.complaints().filter(scope.in_period("first_contact_at"))
    first = percentiles(rows=contacted, field="first_contact_business_seconds")
    solution = percentiles(rows=scope.closed(), field="solution_business_seconds")
    notices = Interaction.objects.filter(scope.in_period("created_at"), scope.related(),
                                         kind=Interaction.Kind.DELAY_NOTICE)
    counts = notices.aggregate(n=Count("id"), late=Count("id", filter=Q(data__late=True)),
                               complaints=Count("complaint_id", distinct=True))
    latest = (notices.select_related("complaint").only("body", "data", "created_at", "complaint__tracking_number")
              .order_by("-created_at", "-id")[:REASONS_LIMIT])
    return DeadlineCompliance(
        closed=closed["closed"], on_time=closed["on_time"], first_contacts=contacted.count(),
        first_contact_median_hours=hours(first[0.5]), first_contact_p90_hours=hours(first[0.9]),
        solution_median_hours=hours(solution[0.5]), solution_p90_hours=hours(solution[0.9]),
        delay_notices=counts["n"], delay_notices_late=counts["late"], delayed_complaints=counts["complaints"],
        reasons=[DelayReason(tracking_number=row.complaint.tracking_number, reason=row.body, at=row.created_at,
                             late=bool(row.data.get("late"))) for row in latest],
    )
