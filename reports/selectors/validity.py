"""Validity of the complaints closed in the period: justified, partly justified, unjustified."""

from dataclasses import dataclass

from django.db.models import Count, Q

from complaints.choices import Validity

from ..shares import share
from .scope import Scope


@dataclass(frozen=True)
class ValidityShares:
    justified: int
    partial: int
    unjustified: int

    @property
    def assessed(self) -> int:
        return self.justified + self.partial + self.unjustified

    @property
    def justified_share(self) -> float | None:
        return share(self.justified, self.assessed)

    @property
    def partial_share(self) -> float | None:
        return share(self.partial, self.assessed)

    @property
    def unjustified_share(self) -> float | None:
        return share(self.unjustified, self.assessed)


VALIDITY_COUNTS = {value: Count("id", filter=Q(validity=value)) for value in Validity.values}


def validity_of(row: dict, prefix: str = "") -> ValidityShares:
    return ValidityShares(justified=row[f"{prefix}{Validity.JUSTIFIED}"], partial=row[f"{prefix}{Validity.PARTIAL}"],
                          unjustified=row[f"{prefix}{Validity.UNJUSTIFIED}"])


def validity_section(*, scope: Scope) -> ValidityShares:
    return validity_of(scope.closed().aggregate(**VALIDITY_COUNTS))
