"""Pareto of the complaints received in the period: by cause category and by department."""

from django.db.models import Count

from complaints.choices import Kind

from ..shares import ParetoRow, pareto
from .labels import category_names, department_names
from .scope import Scope


def pareto_by(*, scope: Scope, field: str, names) -> list[ParetoRow]:
    counts = dict(scope.received().filter(kind=Kind.COMPLAINT).exclude(**{f"{field}__isnull": True})
                  .values_list(field).annotate(n=Count("id")).order_by())
    labels = names(counts)
    return pareto([(str(pk), labels.get(pk, str(pk)), n) for pk, n in counts.items()])


def pareto_categories(*, scope: Scope) -> list[ParetoRow]:
    """Complaints (not other appeals) by cause; unclassified ones are left out."""
    return pareto_by(scope=scope, field="cause_category_id", names=category_names)


def pareto_departments(*, scope: Scope) -> list[ParetoRow]:
    return pareto_by(scope=scope, field="department_id", names=department_names)
