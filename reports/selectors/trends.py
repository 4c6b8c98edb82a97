"""Month-by-month trends: volume, deadline compliance, satisfaction and loyalty (12 months), validity (24).

Each trend is one query: rows of the whole range are put into their month by a CASE over the
month boundaries (in the company's time zone, so the same on SQLite and PostgreSQL), then
grouped by that bucket.
"""

from dataclasses import dataclass

from django.db.models import Case, Count, F, IntegerField, Q, Value, When

from complaints.choices import Loyalty, Satisfaction

from ..period import Period
from ..shares import share
from .scope import Scope
from .validity import VALIDITY_COUNTS, ValidityShares, validity_of

TREND_MONTHS = 12
VALIDITY_TREND_MONTHS = 24


def month_bucket(field: str, months: list[Period]) -> Case:
    """The index of the month ``field`` falls in (rows are already limited to the whole range)."""
    return Case(*[When(**{f"{field}__lt": month.ends_at}, then=Value(index)) for index, month in enumerate(months)],
                default=Value(len(months) - 1), output_field=IntegerField())


def in_months(field: str, months: list[Period]) -> Q:
    return Q(**{f"{field}__gte": months[0].starts_at, f"{field}__lt": months[-1].ends_at})


@dataclass(frozen=True)
class MonthPoint:
    month: Period
    received: int
    closed: int
    on_time: int
    satisfied: int
    rated: int
    loyal: int
    loyalty_known: int

    @property
    def on_time_share(self) -> float | None:
        return share(self.on_time, self.closed)

    @property
    def satisfaction_share(self) -> float | None:
        return share(self.satisfied, self.rated)

    @property
    def loyalty_share(self) -> float | None:
        return share(self.loyal, self.loyalty_known)


@dataclass(frozen=True)
class ValidityPoint:
    month: Period
    shares: ValidityShares


def bucketed(rows, field: str, months: list[Period], **aggregates) -> dict[int, dict]:
    found = (rows.filter(in_months(field, months)).annotate(bucket=month_bucket(field, months))
             .values("bucket").annotate(**aggregates).order_by())
    return {row["bucket"]: row for row in found}


def monthly_trends(*, scope: Scope, months: int = TREND_MONTHS) -> list[MonthPoint]:
    periods = scope.period.months_back(months)
    received = bucketed(scope.complaints(), "created_at", periods, n=Count("id"))
    closed = bucketed(
        scope.complaints().filter(status="closed"), "closed_at", periods,
        closed=Count("id"), on_time=Count("id", filter=Q(closed_at__lte=F("due_at"))),
        satisfied=Count("id", filter=Q(satisfaction=Satisfaction.SATISFIED)),
        rated=Count("id", filter=~Q(satisfaction="")),
        loyal=Count("id", filter=Q(loyalty=Loyalty.YES)), loyalty_known=Count("id", filter=~Q(loyalty="")))
    empty = {"closed": 0, "on_time": 0, "satisfied": 0, "rated": 0, "loyal": 0, "loyalty_known": 0}
    points = []
    for index, month in enumerate(periods):
        row = {**empty, **closed.get(index, {})}
        row.pop("bucket", None)
        points.append(MonthPoint(month=month, received=received.get(index, {}).get("n", 0), **row))
    return points


def validity_trend(*, scope: Scope, months: int = VALIDITY_TREND_MONTHS) -> list[ValidityPoint]:
    """Validity of the complaints closed in each of the last ``months`` months."""
    periods = scope.period.months_back(months)
    found = bucketed(scope.complaints().filter(status="closed"), "closed_at", periods, **VALIDITY_COUNTS)
    zero = {value: 0 for value in VALIDITY_COUNTS}
    return [ValidityPoint(month=month, shares=validity_of({**zero, **found.get(index, {})}))
            for index, month in enumerate(periods)]
