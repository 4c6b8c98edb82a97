"""When the solution of a complaint is due: the one function that computes a due time.

PRODUCT.md, Deadlines: the solution is given within 3 business days of registration
(working days of the company's calendar, public holidays excluded). The deadline
policy matching the complaint's kind, origin and importance may say otherwise, and a
department may keep its own calendar.
"""

from datetime import datetime

from complaints.choices import Importance, Kind, Origin

from .calendar import add_business_hours, business_time_between, end_of_nth_business_day
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


def first_contact_due_at(*, registered_at: datetime, department_id: int | None = None, kind: str = Kind.COMPLAINT,
                         origin: str = Origin.EXTERNAL, importance: str = Importance.NORMAL,
                         rules: DeadlineRules | None = None) -> datetime | None:
    """When the customer must first be contacted, if the matching policy sets a target (e.g. critical: 2 h)."""
    rules = rules or deadline_rules()
    policy = rules.policy_for(kind=kind, origin=origin, importance=importance)
    if policy is None or policy.first_contact_business_hours is None:
        return None
    return add_business_hours(registered_at, float(policy.first_contact_business_hours),
                              rules.calendar_for(department_id))


def solution_due_after_waiting(*, complaint, waited_from: datetime, waited_to: datetime,
                               rules: DeadlineRules | None = None) -> datetime | None:
    """The solution deadline pushed back by the working time spent waiting for the customer.

    Only when the complaint's policy pauses while waiting (off by default); None otherwise.
    """
    rules = rules or deadline_rules()
    policy = rules.policy_for(kind=complaint.kind, origin=complaint.origin, importance=complaint.importance)
    if policy is None or not policy.pause_while_waiting:
        return None
    calendar = rules.calendar_for(complaint.department_id)
    waited = business_time_between(waited_from, waited_to, calendar)
    if waited.total_seconds() <= 0:
        return None
    return add_business_hours(complaint.due_at, waited.total_seconds() / 3600, calendar)
