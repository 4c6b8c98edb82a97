"""When the solution of a complaint is due.

PRODUCT.md, Deadlines: the solution is given within 3 business days of registration.
Until business calendars exist this counts calendar days; this is the one function
that computes a due time, and the calendar-aware version replaces its body.
"""

from datetime import datetime, timedelta

SOLUTION_DAYS = 3


def solution_due_at(*, registered_at: datetime) -> datetime:
    return registered_at + timedelta(days=SOLUTION_DAYS)
