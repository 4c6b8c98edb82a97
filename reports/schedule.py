"""When the monthly report goes out: on the first working day of the month. Pure, no ORM."""

from datetime import date

from deadlines.calendar import WorkCalendar

from .period import month_start


def is_first_business_day(*, day: date, calendar: WorkCalendar) -> bool:
    """``day`` is a working day and no working day of its month comes before it."""
    return calendar.is_working_day(day) and calendar.working_days_in_range(month_start(day), day) == 0
