"""Working time from registration to the first contact and to the closing, stored on the complaint.

Reports take medians and percentiles of these in SQL; they are computed once, when the
event happens, in the department's calendar (``deadlines.calendar.business_time_between``).
"""

from datetime import datetime

from .calendar import WorkCalendar, business_time_between
from .selectors import DeadlineRules, deadline_rules


def business_seconds(*, start: datetime, end: datetime, calendar: WorkCalendar) -> int:
    """Whole seconds of working time from ``start`` to ``end``; never negative."""
    return max(0, int(business_time_between(start, end, calendar).total_seconds()))


def complaint_business_seconds(*, complaint, end: datetime, rules: DeadlineRules | None = None) -> int:
    """Working time from the complaint's registration to ``end`` in its department's calendar."""
    rules = rules or deadline_rules()
    return business_seconds(start=complaint.created_at, end=end,
                            calendar=rules.calendar_for(complaint.department_id))
