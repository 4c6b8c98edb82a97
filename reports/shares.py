"""Shares, Pareto cumulative shares and changes between periods. Pure, no ORM."""

from collections.abc import Sequence
from dataclasses import dataclass


def share(part: int | float | None, total: int | float | None) -> float | None:
    """``part`` of ``total`` as a fraction (0..1); None when there is nothing to divide by."""
    if not total or part is None:
        return None
    return part / total


class SatisfactionLoyaltyShares:
    """The two separate after-complaint figures of anything that counts ``satisfied`` of ``rated`` and
    ``loyal`` of ``loyalty_known`` (a person's KPIs, a month of the trends)."""

    satisfied: int
    rated: int
    loyal: int
    loyalty_known: int

    @property
    def satisfaction_share(self) -> float | None:
        return share(self.satisfied, self.rated)

    @property
    def loyalty_share(self) -> float | None:
        return share(self.loyal, self.loyalty_known)


@dataclass(frozen=True)
class ParetoRow:
    code: str
    label: str
    count: int
    share: float  # of the total
    cumulative: float  # this row and all larger ones, of the total
    vital: bool  # within the "vital few" that make up the first ``VITAL_SHARE`` of the total


VITAL_SHARE = 0.8  # the 80/20 rule


def pareto(rows: Sequence[tuple[str, str, int]]) -> list[ParetoRow]:
    """Rows ``(code, label, count)`` largest first, each with its share and cumulative share.

    A row is "vital" while the cumulative share before it is under 80 %: the few causes that
    make up most complaints. Ties keep the label order, so the result does not depend on the database.
    """
    ordered = sorted((row for row in rows if row[2] > 0), key=lambda row: (-row[2], row[1]))
    total = sum(row[2] for row in ordered)
    result, running = [], 0
    for code, label, count in ordered:
        before = running / total
        running += count
        result.append(ParetoRow(code=code, label=label, count=count, share=count / total,
                                cumulative=running / total, vital=before < VITAL_SHARE))
    return result


def change(current: float | None, previous: float | None) -> float | None:
    """The difference ``current - previous``; None when either is unknown."""
    if current is None or previous is None:
        return None
    return current - previous
