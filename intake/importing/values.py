"""One cell of an import file as a date, a time, a choice or a text. Pure: no ORM.

A value that does not parse raises ``BadValue`` with a translated reason naming what was read.
Day-first dates (20.11.2026, 20/11/2026) are what Russian and Georgian spreadsheets write.
"""

from collections.abc import Iterable
from datetime import date, datetime, time, tzinfo

from django.db.models import Choices
from django.utils import translation
from django.utils.translation import gettext as _

from .columns import LANGUAGES, header_normalize

DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%Y.%m.%d", "%Y/%m/%d")
TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%H:%M:%S.%f")


class BadValue(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def cell_text(value: object) -> str:
    """A cell as text: whole numbers without ".0" (a phone read from XLSX is a number)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return str(value).strip()


def date_parse(text: str) -> date:
    text = text.strip()
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise BadValue(_("“%(value)s” is not a date. Write it as 2026-11-20 or 20.11.2026.") % {"value": text})


def date_value(value: object) -> date | None:
    """A date from a date or time cell, or from text; None for an empty cell."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    return date_parse(text.split(" ")[0].split("T")[0])


def datetime_value(value: object, *, zone: tzinfo) -> datetime | None:
    """An aware time from a cell; a time without a zone is in ``zone``; a date alone is its start."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        text = cell_text(value)
        if not text:
            return None
        moment = datetime_parse(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def datetime_parse(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    day_text, _sep, time_text = text.replace("T", " ").partition(" ")
    day = date_parse(day_text)
    if not time_text.strip():
        return datetime.combine(day, time())
    for pattern in TIME_FORMATS:
        try:
            return datetime.combine(day, datetime.strptime(time_text.strip(), pattern).time())
        except ValueError:
            continue
    raise BadValue(_("“%(value)s” is not a date and time. Write it as 2026-11-20 14:30 or 20.11.2026 14:30.")
                   % {"value": text})


def choice_names(choices: type[Choices]) -> dict[str, str]:
    """Every way a file may write each choice: its stored value, and its label in each language."""
    names: dict[str, str] = {}
    for value, label in zip(choices.values, choices.labels, strict=True):
        names[header_normalize(value)] = value
        for language in LANGUAGES:
            with translation.override(language):
                names.setdefault(header_normalize(str(label)), value)
    return names


def choice_value(value: object, *, names: dict[str, str], allowed: Iterable[str]) -> str:
    """The stored value of a choice written as its value or label in ru, ka or en; "" for an empty cell."""
    text = cell_text(value)
    if not text:
        return ""
    found = names.get(header_normalize(text))
    if found is None:
        raise BadValue(_("“%(value)s” is not one of: %(allowed)s.") % {"value": text, "allowed": ", ".join(allowed)})
    return found
