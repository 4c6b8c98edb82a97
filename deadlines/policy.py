"""When the solution of a complaint is due: the one function that computes a due time.

PRODUCT.md, Deadlines: the solution is given within 3 business days of registration
(working days of the company's calendar, public holidays excluded). The deadline
policy matching the complaint's kind, origin and importance may say otherwise, and a
department may keep its own calendar.
"""

from datetime import datetime

from complaints.choices import Importance, Kind, Origin

from .calendar import end_of_nth_business_day
from .selectors import DEFAULT_SOLUTION_DAYS, DeadlineRules, deadline_rules


def solution_due_at(*, registered_at: datetime, department_id: int | None = None, kind: str = Kind.COMPLAINT,
                    origin: str = Origin.EXTERNAL, importance: str = Importance.NORMAL,
                    rules: DeadlineRules | None = None) -> datetime:
    """The end of the n-th business day after the day of registration.

    Pass ``rules`` when dating many complaints: they are read from the database once.
    """
    rules = rules or deadline_rules()
    policy = rules.policy_for(kind=kind, origin=origin, importance=importance)
    days = policy.solution_business_days if policy else DEFAULT_SOLUTION_DAYS
    return end_of_nth_business_day(registered_at, days, rules.calendar_for(department_id))
