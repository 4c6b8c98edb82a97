"""The survey goes out 24–48 h after closing, in the customer's working hours, never after 48 h."""

from datetime import timedelta

import pytest

from deadlines.calendar import WorkCalendar
from followup.schedule import survey_delay_clamp, survey_send_at
from followup.tests.conftest import local

CALENDAR = WorkCalendar(time_zone="Asia/Tbilisi")  # Monday to Friday, 09:00–18:00
DAY = timedelta(hours=24)


def test_closed_on_a_monday_morning_goes_out_on_tuesday_at_the_same_time():
    # when
    moment = survey_send_at(closed_at=local(2026, 11, 23, 10, 30), delay=DAY, calendar=CALENDAR)
    # then
    assert moment == local(2026, 11, 24, 10, 30)


def test_closed_on_a_saturday_goes_out_at_the_start_of_monday():
    """Sunday 10:00 is outside working hours: Monday 09:00 is the next start, 47 h after closing."""
    # when
    moment = survey_send_at(closed_at=local(2026, 11, 28, 10, 0), delay=DAY, calendar=CALENDAR)
    # then
    assert moment == local(2026, 11, 30, 9, 0)


def test_closed_in_the_evening_goes_out_when_work_starts_after_the_delay():
    # when: closed Monday 20:00, 24 h later is Tuesday 20:00, after hours
    moment = survey_send_at(closed_at=local(2026, 11, 23, 20, 0), delay=DAY, calendar=CALENDAR)
    # then
    assert moment == local(2026, 11, 25, 9, 0)


def test_closed_on_friday_at_17_a_window_without_working_hours_sends_at_48_hours():
    """Saturday 17:00 to Sunday 17:00 has no working hour; Monday 09:00 would be 64 h: the last moment is used."""
    # when
    moment = survey_send_at(closed_at=local(2026, 11, 27, 17, 0), delay=DAY, calendar=CALENDAR)
    # then
    assert moment == local(2026, 11, 29, 17, 0)


def test_a_holiday_window_sends_at_48_hours():
    # given: Tuesday and Wednesday are company days off
    calendar = WorkCalendar(time_zone="Asia/Tbilisi",
                            extra_days_off=frozenset({local(2026, 11, 24, 0).date(), local(2026, 11, 25, 0).date()}))
    # when
    moment = survey_send_at(closed_at=local(2026, 11, 23, 12, 0), delay=DAY, calendar=calendar)
    # then
    assert moment == local(2026, 11, 25, 12, 0)


@pytest.mark.parametrize(("hours", "expected"), [(1, 24), (24, 24), (36, 36), (48, 48), (100, 48)])
def test_the_configured_delay_is_held_within_24_to_48_hours(hours, expected):
    # when / then
    assert survey_delay_clamp(hours) == timedelta(hours=expected)
