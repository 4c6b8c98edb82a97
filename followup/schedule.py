"""When the follow-up survey goes out: pure, no ORM.

PRODUCT.md, Follow-up: 24–48 h after closing, during the customer's working hours.
"""

from datetime import datetime, timedelta

from deadlines.calendar import WorkCalendar

EARLIEST_HOURS = 24
LATEST_HOURS = 48


def survey_delay_clamp(hours: float) -> timedelta:
    """The configured delay, held inside the 24–48 h window."""
    return timedelta(hours=min(max(float(hours), EARLIEST_HOURS), LATEST_HOURS))


def survey_send_at(*, closed_at: datetime, delay: timedelta, calendar: WorkCalendar) -> datetime:
    """The first moment at or after ``closed_at + delay`` within working hours, but no later than 48 h.

    A window without any working hour (a weekend, holidays) gets the survey at its last moment.
    """
    earliest = closed_at + delay
    latest = closed_at + timedelta(hours=LATEST_HOURS)
    local = earliest.astimezone(calendar.zone)
    day = local.date()
    if calendar.is_working_day(day):
        start, end = calendar.day_bounds(day)
        if start <= local < end:
            return earliest
        if local < start:
            return min(start, latest)
    start, _end = calendar.day_bounds(calendar.next_working_day(day))
    return min(start, latest)
