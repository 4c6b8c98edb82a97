"""The key figures of a period, for comparing a month with the one before and the same month a year earlier."""

from dataclasses import dataclass

from django.db.models import Count, F, Q

from complaints.choices import Loyalty, Satisfaction, Validity

from ..shares import share
from .deadlines import hours
from .percentiles import percentiles
from .scope import Scope


@dataclass(frozen=True)
class Headline:
    received: int
    closed: int
    on_time_share: float | None
    justified_share: float | None  # justified and partly justified, of those assessed
    satisfaction_share: float | None
    loyalty_share: float | None
    reopen_share: float | None
    first_contact_median_hours: float | None
    solution_median_hours: float | None


HEADLINE_FIGURES = ("received", "closed", "on_time_share", "justified_share", "satisfaction_share", "loyalty_share",
                    "reopen_share", "first_contact_median_hours", "solution_median_hours")


def headline_of(*, received: int, deadlines, validity, satisfaction, reopened) -> Headline:
    """The key figures of a period whose sections are already counted (no query)."""
    return Headline(
        received=received, closed=deadlines.closed, on_time_share=deadlines.on_time_share,
        justified_share=share(validity.justified + validity.partial, validity.assessed),
        satisfaction_share=satisfaction.satisfaction_share, loyalty_share=satisfaction.loyalty_share,
        reopen_share=reopened.reopen_share, first_contact_median_hours=deadlines.first_contact_median_hours,
        solution_median_hours=deadlines.solution_median_hours,
    )


def headline(*, scope: Scope) -> Headline:
    closed = scope.closed().aggregate(
        closed=Count("id"), on_time=Count("id", filter=Q(closed_at__lte=F("due_at"))),
        justified=Count("id", filter=Q(validity__in=[Validity.JUSTIFIED, Validity.PARTIAL])),
        assessed=Count("id", filter=~Q(validity="")),
        satisfied=Count("id", filter=Q(satisfaction=Satisfaction.SATISFIED)),
        rated=Count("id", filter=~Q(satisfaction="")),
        loyal=Count("id", filter=Q(loyalty=Loyalty.YES)), loyalty_known=Count("id", filter=~Q(loyalty="")),
        reopened=Count("id", filter=Q(reopen_count__gt=0)))
    first = percentiles(rows=scope.complaints().filter(scope.in_period("first_contact_at")),
                        field="first_contact_business_seconds", fractions=(0.5,))
    solution = percentiles(rows=scope.closed(), field="solution_business_seconds", fractions=(0.5,))
    return Headline(
        received=scope.received().count(), closed=closed["closed"],
        on_time_share=share(closed["on_time"], closed["closed"]),
        justified_share=share(closed["justified"], closed["assessed"]),
        satisfaction_share=share(closed["satisfied"], closed["rated"]),
        loyalty_share=share(closed["loyal"], closed["loyalty_known"]),
        reopen_share=share(closed["reopened"], closed["closed"]),
        first_contact_median_hours=hours(first[0.5]), solution_median_hours=hours(solution[0.5]),
    )
