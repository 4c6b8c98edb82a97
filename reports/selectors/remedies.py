"""Reopened complaints, remedies given (by type, with their value) and corrective actions."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, IntegerField, Q, Sum
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from capa.models import CorrectiveAction
from complaints.models import Interaction
from resolution.models import Remedy, RemedyType

from ..shares import share
from .labels import names_of
from .scope import Scope


@dataclass(frozen=True)
class Reopened:
    closed: int
    reopened: int

    @property
    def reopen_share(self) -> float | None:
        """Closed in the period after having been reopened at least once, of all closed."""
        return share(self.reopened, self.closed)


@dataclass(frozen=True)
class RemedyRow:
    code: str
    label: str
    count: int
    value: Decimal


@dataclass(frozen=True)
class Remedies:
    rows: list[RemedyRow]
    currency: str

    @property
    def count(self) -> int:
        return sum(row.count for row in self.rows)

    @property
    def value(self) -> Decimal:
        return sum((row.value for row in self.rows), Decimal(0))


@dataclass(frozen=True)
class CorrectiveActions:
    opened: int
    done: int
    checked: int
    effective: int

    @property
    def effective_share(self) -> float | None:
        return share(self.effective, self.checked)


def reopened_section(*, scope: Scope) -> Reopened:
    return Reopened(**scope.closed().aggregate(closed=Count("id"), reopened=Count("id", filter=Q(reopen_count__gt=0))))


def remedies_section(*, scope: Scope, currency: str) -> Remedies:
    """Remedies given in the period, by type; values are summed per currency, this one only."""
    rows = (Remedy.objects.filter(scope.in_period("created_at"), scope.related(), currency=currency)
            .values_list("type_id").annotate(n=Count("id"), value=Sum("value")).order_by())
    types = {t.pk: t for t in RemedyType.objects.filter(pk__in=[type_id for type_id, _n, _v in rows])}
    result = [RemedyRow(code=types[type_id].code, label=types[type_id].name, count=n, value=value or Decimal(0))
              for type_id, n, value in rows]
    return Remedies(rows=sorted(result, key=lambda row: (-row.value, -row.count, row.label)), currency=currency)


def capa_section(*, scope: Scope) -> CorrectiveActions:
    """Opened in the period; done in the period (the status change's timeline entry); checked and effective."""
    actions = CorrectiveAction.objects.order_by()
    if scope.department:
        actions = actions.filter(pk__in=CorrectiveAction.complaints.through.objects.filter(
            complaint__department_id=scope.department_id).values("correctiveaction_id"))
    done_ids = (Interaction.objects.filter(scope.in_period("created_at"), kind=Interaction.Kind.CAPA_STATUS_CHANGED,
                                           data__new_status=CorrectiveAction.Status.DONE)
                .annotate(action=Cast(KeyTextTransform("corrective_action", "data"), IntegerField()))
                .values("action"))
    counts = actions.aggregate(
        opened=Count("id", filter=scope.in_period("created_at")),
        done=Count("id", filter=Q(pk__in=done_ids)),
        checked=Count("id", filter=scope.in_period("checked_at") & ~Q(result="")),
        effective=Count("id", filter=scope.in_period("checked_at") & Q(result=CorrectiveAction.Result.EFFECTIVE)),
    )
    return CorrectiveActions(**counts)
