"""The 3-business-day deadline, as a table of calendar cases (issue 3)."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from deadlines.calendar import WorkCalendar, add_business_hours, business_time_between, end_of_nth_business_day

MOSCOW = WorkCalendar(time_zone="Europe/Moscow", country="RU")
TBILISI = WorkCalendar(time_zone="Asia/Tbilisi", country="GE")


def at(calendar: WorkCalendar, stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).replace(tzinfo=calendar.zone)


CASES = [
    # (calendar, registered at (local), due at (local), why)
    (TBILISI, "2026-11-06 21:30", "2026-11-11 18:00", "Friday evening counts as Friday"),
    (TBILISI, "2026-11-07 10:00", "2026-11-12 18:00", "Saturday counts from Monday"),
    (TBILISI, "2026-11-23 10:00", "2026-11-27 18:00", "St George's Day is a holiday: counts from Tuesday"),
    (MOSCOW, "2026-12-30 12:00", "2027-01-13 18:00", "across the Russian New Year holidays"),
    (MOSCOW, "2027-02-19 12:00", "2027-02-25 18:00", "2027-02-20 is a working Saturday; 02-23 a holiday"),
    (MOSCOW, "2027-02-20 11:00", "2027-02-26 18:00", "on the working Saturday itself; 02-22 and 02-23 off"),
    (TBILISI, "2026-04-09 09:00", "2026-04-17 18:00", "Apr 9 holiday, then Orthodox Easter Apr 10-13"),
    (TBILISI, "2026-11-10 17:59", "2026-11-13 18:00", "the very end of a working day still counts that day"),
]


@pytest.mark.parametrize(("calendar", "registered", "due", "why"), CASES, ids=[c[3] for c in CASES])
def test_deadline_table(calendar, registered, due, why):
    assert end_of_nth_business_day(at(calendar, registered), 3, calendar) == at(calendar, due)


def test_time_zones_decide_the_day():
    """23:30 UTC on Friday is already Saturday in Tbilisi."""
    registered = datetime(2026, 11, 6, 21, 30, tzinfo=ZoneInfo("UTC"))  # 01:30 Saturday in Tbilisi
    assert end_of_nth_business_day(registered, 3, TBILISI) == at(TBILISI, "2026-11-12 18:00")
    utc = WorkCalendar(time_zone="UTC")
    assert end_of_nth_business_day(registered, 3, utc) == datetime(2026, 11, 11, 18, tzinfo=ZoneInfo("UTC"))


def test_company_days_off_and_working_days():
    calendar = WorkCalendar(time_zone="Asia/Tbilisi", country="GE",
                            extra_days_off=frozenset({date(2026, 11, 10)}),
                            extra_working_days=frozenset({date(2026, 11, 14)}))
    # Mon 9th: Tue 10th off, Wed 11, Thu 12, Fri 13
    assert end_of_nth_business_day(at(calendar, "2026-11-09 10:00"), 3, calendar) == at(calendar, "2026-11-13 18:00")
    # Thu 12th: Fri 13, Sat 14 (worked), Mon 16
    assert end_of_nth_business_day(at(calendar, "2026-11-12 10:00"), 3, calendar) == at(calendar, "2026-11-16 18:00")


def test_business_hours_skip_nights_and_weekends():
    # Friday 17:00 + 2 working hours = Monday 10:00
    assert add_business_hours(at(TBILISI, "2026-11-13 17:00"), 2, TBILISI) == at(TBILISI, "2026-11-16 10:00")
    # Saturday + 2 h = Monday 11:00
    assert add_business_hours(at(TBILISI, "2026-11-14 12:00"), 2, TBILISI) == at(TBILISI, "2026-11-16 11:00")


def test_business_time_between_counts_working_hours_only():
    start, end = at(TBILISI, "2026-11-13 17:00"), at(TBILISI, "2026-11-16 10:00")
    assert business_time_between(start, end, TBILISI) == timedelta(hours=2)
    assert business_time_between(end, start, TBILISI) == -timedelta(hours=2)


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31)),
       st.integers(min_value=1, max_value=10))
def test_deadline_is_a_working_day_end_and_later_than_registration(naive, days):
    registered = naive.replace(tzinfo=ZoneInfo("UTC"))
    due = end_of_nth_business_day(registered, days, MOSCOW)
    local = due.astimezone(MOSCOW.zone)
    assert due > registered
    assert local.time() == time(18, 0)
    assert MOSCOW.is_working_day(local.date())


@given(st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31)),
       st.integers(min_value=0, max_value=900 * 24 * 60))
def test_business_time_between_agrees_with_walking_day_by_day(naive, minutes):
    start = naive.replace(tzinfo=MOSCOW.zone)
    end = start + timedelta(minutes=minutes)
    walked, day = timedelta(), start.date()
    while day <= end.date():
        if MOSCOW.is_working_day(day):
            open_at, close_at = MOSCOW.day_bounds(day)
            walked += max(min(close_at, end) - max(open_at, start), timedelta())
        day += timedelta(days=1)
    assert business_time_between(start, end, MOSCOW) == walked
