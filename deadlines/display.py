"""Business time left, in words: "1 working day 3 h left", "overdue by 2 working days"."""

from datetime import datetime, timedelta

from django.utils.translation import gettext, ngettext

from .calendar import WorkCalendar, business_time_between


def working_day_length(calendar: WorkCalendar) -> timedelta:
    return (datetime.combine(datetime.min, calendar.day_end) - datetime.combine(datetime.min, calendar.day_start))


def duration_words(span: timedelta, calendar: WorkCalendar) -> str:
    day = working_day_length(calendar)
    days, rest = divmod(span, day)
    hours = int(rest.total_seconds() // 3600)
    minutes = int(rest.total_seconds() % 3600 // 60)
    parts = []
    if days:
        parts.append(ngettext("%(n)d working day", "%(n)d working days", days) % {"n": days})
    if hours:
        parts.append(gettext("%(n)d h") % {"n": hours})
    if not days and not hours:
        parts.append(gettext("%(n)d min") % {"n": minutes})
    return " ".join(parts)


def business_time_left_words(*, now: datetime, due_at: datetime, calendar: WorkCalendar) -> str:
    left = business_time_between(now, due_at, calendar)
    if due_at > now:
        return gettext("%(time)s left") % {"time": duration_words(left, calendar)}
    return gettext("overdue by %(time)s") % {"time": duration_words(-left, calendar)}
