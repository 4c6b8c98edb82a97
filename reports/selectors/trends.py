"""Month-by-month trends: volume, deadline compliance, satisfaction and loyalty (12 months), validity (24).

Read from the month figures (``rollup``): one small query for the ended months, the current
month counted live.
"""

from dataclasses import dataclass

from ..period import Period
from ..shares import SatisfactionLoyaltyShares, share
from .rollup import figures_by_month
from .scope import Scope
from .validity import ValidityShares

TREND_MONTHS = 12
VALIDITY_TREND_MONTHS = 24


@dataclass(frozen=True)
class MonthPoint(SatisfactionLoyaltyShares):
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


@dataclass(frozen=True)
class ValidityPoint:
    month: Period
    shares: ValidityShares


def monthly_trends(*, scope: Scope, months: int = TREND_MONTHS) -> list[MonthPoint]:
    periods = scope.period.months_back(months)
    figures = figures_by_month(scope=scope, months=periods)
    fields = ("received", "closed", "on_time", "satisfied", "rated", "loyal", "loyalty_known")
    return [MonthPoint(month=m, **{name: figures[m.start][name] for name in fields}) for m in periods]


def validity_trend(*, scope: Scope, months: int = VALIDITY_TREND_MONTHS) -> list[ValidityPoint]:
    """Validity of the complaints closed in each of the last ``months`` months."""
    periods = scope.period.months_back(months)
    figures = figures_by_month(scope=scope, months=periods)
    return [ValidityPoint(month=m, shares=ValidityShares(justified=figures[m.start]["justified"],
                                                         partial=figures[m.start]["partial"],
                                                         unjustified=figures[m.start]["unjustified"]))
            for m in periods]
