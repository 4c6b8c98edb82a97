"""Counts per month for the trends: ended months from ``MonthFigures`` (refreshed when stale), the rest live.

Both ways count with the same SQL aggregates, grouped by department; the company's figure is
their sum, taken in SQL too.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Count, F, Q, Sum
from django.utils import timezone

from complaints.choices import Loyalty, Satisfaction, Validity

from ..models import MonthFigures
from ..period import Period
from .scope import Scope

STALE_AFTER = timedelta(days=1)
CLOSED_COUNTS = {
    "closed": Count("id"), "on_time": Count("id", filter=Q(closed_at__lte=F("due_at"))),
    "satisfied": Count("id", filter=Q(satisfaction=Satisfaction.SATISFIED)),
    "rated": Count("id", filter=~Q(satisfaction="")),
    "loyal": Count("id", filter=Q(loyalty=Loyalty.YES)), "loyalty_known": Count("id", filter=~Q(loyalty="")),
    "justified": Count("id", filter=Q(validity=Validity.JUSTIFIED)),
    "partial": Count("id", filter=Q(validity=Validity.PARTIAL)),
    "unjustified": Count("id", filter=Q(validity=Validity.UNJUSTIFIED)),
}
FIGURES = ("received", *CLOSED_COUNTS)


def counted_live(*, scope: Scope) -> dict[int, dict[str, int]]:
    """The figures of ``scope``'s period per department id, straight from the complaints."""
    rows: dict[int, dict[str, int]] = {}
    received = scope.received().values_list("department_id").annotate(n=Count("id")).order_by()
    for department_id, n in received:
        rows.setdefault(department_id, dict.fromkeys(FIGURES, 0))["received"] = n
    for row in scope.closed().values("department_id").annotate(**CLOSED_COUNTS).order_by():
        rows.setdefault(row.pop("department_id"), dict.fromkeys(FIGURES, 0)).update(row)
    return rows


def month_figures_refresh(*, month: Period) -> None:
    """Recount one ended month for every department and replace its stored rows."""
    counts = counted_live(scope=Scope(period=month))
    now = timezone.now()
    with transaction.atomic():
        MonthFigures.objects.filter(month=month.start).delete()
        MonthFigures.objects.bulk_create(MonthFigures(month=month.start, department_id=department_id,
                                                      computed_at=now, **figures)
                                         for department_id, figures in counts.items())


def month_figures_ensure(*, months: list[Period]) -> None:
    """Store the ended months among ``months`` that are missing or older than ``STALE_AFTER``."""
    now = timezone.now()
    ended = [m for m in months if m.ends_at <= now]
    fresh = set(MonthFigures.objects.filter(month__in=[m.start for m in ended], computed_at__gte=now - STALE_AFTER)
                .values_list("month", flat=True).distinct())
    for month in ended:
        if month.start not in fresh:
            month_figures_refresh(month=month)


def figures_by_month(*, scope: Scope, months: list[Period]) -> dict:
    """``{month start: {figure: count}}`` for ``months`` in ``scope``'s department (or the whole company)."""
    month_figures_ensure(months=months)
    now = timezone.now()
    stored = MonthFigures.objects.filter(month__in=[m.start for m in months if m.ends_at <= now])
    if scope.department:
        stored = stored.filter(department_id=scope.department_id)
    result = {row.pop("month"): row for row in
              stored.values("month").annotate(**{name: Sum(name) for name in FIGURES}).order_by()}
    for month in months:
        if month.ends_at > now:  # not ended: counted live
            live = counted_live(scope=scope.at(month)).values()
            result[month.start] = {name: sum(row[name] for row in live) for name in FIGURES}
    empty = dict.fromkeys(FIGURES, 0)
    return {month.start: {**empty, **result.get(month.start, {})} for month in months}
