"""Why each day of a calendar is working or not: pure, no ORM.

The reasons follow the order in which ``WorkCalendar.is_working_day`` decides: the
company's own days first, then the country's moved working days and public holidays,
then the working weekdays.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import holidays
from django.utils.translation import gettext_lazy as _

from .calendar import WorkCalendar


class DayReason(StrEnum):
    WORKING = "working"
    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    COMPANY_DAY_OFF = "company_day_off"
    COMPANY_WORKING_DAY = "company_working_day"
    MOVED_WORKING_DAY = "moved_working_day"


REASON_LABELS = {
    DayReason.WORKING: _("Working day"),
    DayReason.WEEKEND: _("Weekend"),
    DayReason.PUBLIC_HOLIDAY: _("Public holiday"),
    DayReason.COMPANY_DAY_OFF: _("Company day off"),
    DayReason.COMPANY_WORKING_DAY: _("Company working day"),
    DayReason.MOVED_WORKING_DAY: _("Working day moved from a weekend"),
}


@dataclass(frozen=True)
class DayMark:
    day: date
    working: bool
    reason: DayReason
    name: str = ""  # the public holiday's name, or the company's note

    @property
    def reason_label(self) -> str:
        return str(REASON_LABELS[self.reason])


# Django's language codes → the holidays package's, where they differ.
HOLIDAY_LANGUAGES = {"en": "en_US"}


def holiday_language(*, supported: Iterable[str], language: str) -> str | None:
    """The holidays package's language closest to ``language``; None for the country's own."""
    supported = set(supported)
    for candidate in (language, HOLIDAY_LANGUAGES.get(language, ""), language.split("-")[0], "en_US"):
        if candidate in supported:
            return candidate
    return None


def holiday_names(*, calendar: WorkCalendar, years: Iterable[int], language: str) -> Mapping[date, str]:
    """The public holidays of the calendar's country in ``years``, named in ``language`` where known."""
    if not calendar.country:
        return {}
    years = sorted(set(years))
    subdiv = calendar.subdivision or None
    native = holidays.country_holidays(calendar.country, subdiv=subdiv, years=years)
    chosen = holiday_language(supported=native.supported_languages, language=language)
    if chosen is None:
        return native
    return holidays.country_holidays(calendar.country, subdiv=subdiv, years=years, language=chosen)


def day_mark(*, calendar: WorkCalendar, day: date, names: Mapping[date, str],
             notes: Mapping[date, str]) -> DayMark:
    working = calendar.is_working_day(day)
    public = calendar.public_holidays(day.year)
    if day in calendar.extra_working_days:
        reason = DayReason.COMPANY_WORKING_DAY
    elif day in calendar.extra_days_off:
        reason = DayReason.COMPANY_DAY_OFF
    elif public is not None and day in public.weekend_workdays:
        reason = DayReason.MOVED_WORKING_DAY
    elif public is not None and day in public:
        return DayMark(day=day, working=working, reason=DayReason.PUBLIC_HOLIDAY,
                       name=names.get(day) or public.get(day, ""))
    elif not working:
        reason = DayReason.WEEKEND
    else:
        reason = DayReason.WORKING
    return DayMark(day=day, working=working, reason=reason, name=notes.get(day, ""))


def days_marked(*, calendar: WorkCalendar, start: date, count: int, language: str = "en",
                notes: Mapping[date, str] | None = None) -> list[DayMark]:
    """``count`` days from ``start``, each working or not, with the reason and the holiday's name.

    ``notes`` are the company's notes on its own days (extra days off, extra working days).
    """
    days = [start + timedelta(days=offset) for offset in range(count)]
    names = holiday_names(calendar=calendar, years={d.year for d in days}, language=language)
    return [day_mark(calendar=calendar, day=day, names=names, notes=notes or {}) for day in days]
