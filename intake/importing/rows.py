"""One row of an import file as a complaint's values and the reasons it cannot be imported. Pure: no ORM.

What the database knows (departments and categories by code or name, the company's time zone)
comes in a ``Lookups`` built by ``selectors.import_lookups``.
"""

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date, datetime, tzinfo
from typing import Any

from django.utils.translation import gettext as _

from complaints.choices import Channel, Importance, Kind, Loyalty, Satisfaction, Status, Validity

from .columns import TARGETS_BY_KEY, header_normalize
from .values import BadValue, cell_text, choice_names, choice_value, date_value, datetime_value

CHOICES = {"status": Status, "kind": Kind, "channel": Channel, "importance": Importance, "validity": Validity,
           "satisfaction": Satisfaction, "loyalty": Loyalty}


@dataclass(frozen=True)
class Lookups:
    """Names the file may use, normalized, to ids: departments and the two category trees."""

    zone: tzinfo
    departments: dict[str, int]
    causes: dict[str, int]
    subjects: dict[str, int]
    default_department: int | None = None
    choices: dict[str, dict[str, str]] = field(default_factory=lambda: {
        key: choice_names(choices) for key, choices in CHOICES.items()})

    def ids_for(self, kind: str) -> dict[str, int]:
        return {"department": self.departments, "cause_category": self.causes,
                "subject_category": self.subjects}[kind]


@dataclass
class Row:
    number: int
    values: dict[str, Any]
    errors: list[tuple[str, str]]  # (column header, reason)
    reference: str = ""

    @cached_property
    def key(self) -> str:
        """Stable across files: the external reference if mapped and given, else a hash of the values."""
        if self.reference:
            return "ref:" + header_normalize(self.reference)[:70]
        canonical = json.dumps({name: value_text(value) for name, value in sorted(self.values.items())},
                               ensure_ascii=False, sort_keys=True)
        return "sha256:" + hashlib.sha256(canonical.encode()).hexdigest()


def value_text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


def cell_convert(*, key: str, cell: object, lookups: Lookups) -> Any:
    """The value of one mapped cell, or ``BadValue`` with the reason."""
    kind = TARGETS_BY_KEY[key].kind
    if kind == "datetime":
        return datetime_value(cell, zone=lookups.zone)
    if kind == "date":
        return date_value(cell)
    if kind == "choice":
        return choice_value(cell, names=lookups.choices[key], allowed=CHOICES[key].values)
    text = cell_text(cell)
    if kind in {"department", "category"} and text:
        ids = lookups.ids_for(key)
        found = ids.get(header_normalize(text))
        if found is None:
            message = (_("There is no department with the code or name “%(value)s”.") if key == "department"
                       else _("There is no category with the code or name “%(value)s”."))
            raise BadValue(message % {"value": text})
        return found
    return text if kind == "text" else None


def row_convert(*, number: int, cells: list[object], mapping: list[str], headers: list[str],
                lookups: Lookups) -> Row:
    """The mapped cells of one row converted; each bad cell gives one error on its column."""
    row = Row(number=number, values={}, errors=[])
    for index, key in enumerate(mapping):
        if not key:
            continue
        cell = cells[index] if index < len(cells) else None
        try:
            value = cell_convert(key=key, cell=cell, lookups=lookups)
        except BadValue as exc:
            row.errors.append((headers[index], exc.reason))
            continue
        if key == "reference":
            row.reference = value
        elif value not in ("", None):
            row.values[key] = value
    return row
