"""The monthly report goes out on the first working day of the month, after weekends and holidays."""

from datetime import date

from deadlines.calendar import WorkCalendar
from reports.schedule import is_first_business_day

GEORGIA = WorkCalendar(time_zone="Asia/Tbilisi", country="GE")


def test_the_first_of_the_month_when_it_is_a_working_day():
    assert is_first_business_day(day=date(2026, 12, 1), calendar=GEORGIA)  # Tuesday
    assert not is_first_business_day(day=date(2026, 12, 2), calendar=GEORGIA)


def test_after_new_year_holidays_and_a_weekend():
    # 1–2 January are public holidays in Georgia, 3 January 2027 is a Sunday
    days = [date(2027, 1, d) for d in range(1, 8)]
    assert [d.day for d in days if is_first_business_day(day=d, calendar=GEORGIA)] == [4]


def test_a_month_starting_on_a_weekend():
    assert [d for d in range(1, 6) if is_first_business_day(day=date(2026, 8, d), calendar=GEORGIA)] == [3]
