"""Each day of a calendar is marked working or not, with its reason and the holiday's name (no database)."""

from datetime import date

import pytest
from django.utils import translation

from deadlines.calendar import WorkCalendar
from deadlines.days import DayReason, days_marked, holiday_language

TBILISI = WorkCalendar(time_zone="Asia/Tbilisi", country="GE",
                       extra_days_off=frozenset({date(2026, 4, 15)}),
                       extra_working_days=frozenset({date(2026, 4, 18)}))
MOSCOW = WorkCalendar(time_zone="Europe/Moscow", country="RU")


def marks(calendar: WorkCalendar, start: date, count: int, **kwargs) -> dict[date, tuple[bool, str, str]]:
    return {m.day: (m.working, m.reason, m.name) for m in days_marked(calendar=calendar, start=start, count=count,
                                                                      **kwargs)}


def test_georgian_easter_week_in_georgian():
    # when
    days = marks(TBILISI, date(2026, 4, 8), 12, language="ka", notes={date(2026, 4, 15): "ინვენტარიზაცია"})
    # then
    assert days[date(2026, 4, 8)] == (True, DayReason.WORKING, "")
    assert days[date(2026, 4, 9)] == (False, DayReason.PUBLIC_HOLIDAY, "ეროვნული ერთიანობის დღე")
    assert days[date(2026, 4, 12)] == (False, DayReason.PUBLIC_HOLIDAY, "აღდგომა")
    assert days[date(2026, 4, 15)] == (False, DayReason.COMPANY_DAY_OFF, "ინვენტარიზაცია")
    assert days[date(2026, 4, 18)] == (True, DayReason.COMPANY_WORKING_DAY, "")
    assert days[date(2026, 4, 19)] == (False, DayReason.WEEKEND, "")


def test_holiday_names_follow_the_interface_language():
    assert marks(TBILISI, date(2026, 4, 12), 1, language="en")[date(2026, 4, 12)][2] == "Easter Sunday"
    assert marks(MOSCOW, date(2026, 6, 12), 1, language="ru")[date(2026, 6, 12)][2] == "День России"
    assert marks(MOSCOW, date(2026, 6, 12), 1, language="en")[date(2026, 6, 12)][2] == "Russia Day"
    # Russia's holidays have no Georgian names: English rather than nothing
    assert marks(MOSCOW, date(2026, 6, 12), 1, language="ka")[date(2026, 6, 12)][2] == "Russia Day"


def test_russian_moved_working_saturday_and_the_day_off_it_moved_to():
    # when
    days = marks(MOSCOW, date(2025, 10, 31), 5, language="ru")
    # then
    assert days[date(2025, 11, 1)] == (True, DayReason.MOVED_WORKING_DAY, "")
    assert days[date(2025, 11, 2)] == (False, DayReason.WEEKEND, "")
    assert days[date(2025, 11, 3)] == (False, DayReason.PUBLIC_HOLIDAY, "Выходной (перенесено с 01.11.2025)")
    assert days[date(2025, 11, 4)] == (False, DayReason.PUBLIC_HOLIDAY, "День народного единства")


def test_marks_agree_with_the_deadline_calendar_across_a_year_end():
    # when
    marked = days_marked(calendar=MOSCOW, start=date(2026, 12, 1), count=60)
    # then
    assert [m.working for m in marked] == [MOSCOW.is_working_day(m.day) for m in marked]
    assert [m.day for m in marked][-1] == date(2027, 1, 29)


def test_a_calendar_without_a_country_has_only_weekends():
    days = marks(WorkCalendar(), date(2026, 1, 1), 4)
    assert [reason for _working, reason, _name in days.values()] == [
        DayReason.WORKING, DayReason.WORKING, DayReason.WEEKEND, DayReason.WEEKEND]


@pytest.mark.parametrize(("language", "expected"), [("ka", "ka"), ("ru", "en_US"), ("en", "en_US"), ("uk", "uk")])
def test_holiday_language_of_georgia(language, expected):
    """Georgia's holidays are named in Georgian, English and Ukrainian: English stands in for the rest."""
    assert holiday_language(supported=("en_US", "ka", "uk"), language=language) == expected


def test_holiday_language_of_a_country_without_english():
    assert holiday_language(supported=("xx",), language="ru") is None


def test_reason_labels_are_translated():
    mark = days_marked(calendar=MOSCOW, start=date(2026, 1, 1), count=1)[0]
    with translation.override("ru"):
        assert mark.reason_label != "Public holiday"
