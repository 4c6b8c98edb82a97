"""Received in the period: by kind, origin, channel, category, department and language."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext as _

from complaints.choices import Channel, Kind, Origin

from ..shares import share
from .labels import category_names, choice_labels, department_names
from .scope import Scope

LANGUAGE_NAMES = {"ru": "Русский", "ka": "ქართული", "en": "English"}  # each language in its own name


@dataclass(frozen=True)
class CountRow:
    code: str
    label: str
    count: int
    share: float | None


@dataclass(frozen=True)
class Received:
    total: int
    by_kind: list[CountRow]
    by_origin: list[CountRow]
    by_channel: list[CountRow]
    by_language: list[CountRow]
    by_cause: list[CountRow]
    by_subject: list[CountRow]
    by_department: list[CountRow]


def counted(counts: dict, labels: dict, total: int, *, unknown: str = "") -> list[CountRow]:
    """Largest first; a missing key (None, "") reads ``unknown``."""
    rows = [CountRow(code=str(key or ""), label=labels.get(key, str(key)) if key not in (None, "") else unknown,
                     count=n, share=share(n, total)) for key, n in counts.items() if n]
    return sorted(rows, key=lambda row: (-row.count, row.label))


def grouped(rows, field: str) -> dict:
    return dict(rows.values_list(field).annotate(n=Count("id")).order_by())


def received_section(*, scope: Scope) -> Received:
    rows = scope.received()
    by_kind, by_origin = grouped(rows, "kind"), grouped(rows, "origin")
    by_channel, by_language = grouped(rows, "channel"), grouped(rows, "language")
    by_cause, by_subject = grouped(rows, "cause_category_id"), grouped(rows, "subject_category_id")
    by_department = grouped(rows, "department_id")
    total = sum(by_kind.values())
    categories = category_names([*by_cause, *by_subject])
    unclassified = _("Not classified")
    return Received(
        total=total,
        by_kind=counted(by_kind, choice_labels(Kind), total),
        by_origin=counted(by_origin, choice_labels(Origin), total),
        by_channel=counted(by_channel, choice_labels(Channel), total),
        by_language=counted(by_language, LANGUAGE_NAMES, total),
        by_cause=counted(by_cause, categories, total, unknown=unclassified),
        by_subject=counted(by_subject, categories, total, unknown=unclassified),
        by_department=counted(by_department, department_names(by_department), total),
    )
