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


BACKFILL_BATCH = 2000  # complaints per read and bulk update: a few MB of rows


def business_durations_backfill(*, batch_size: int = BACKFILL_BATCH) -> int:
    """Fill the working times of complaints contacted or closed before they were stored; returns how many.

    Idempotent: only rows with the moment known and the duration missing are touched.
    """
    from django.db.models import Q

    from complaints.models import Complaint

    rules = deadline_rules()
    missing = (Q(first_contact_at__isnull=False, first_contact_business_seconds__isnull=True)
               | Q(status="closed", solution_business_seconds__isnull=True))
    done, after = 0, 0
    while True:
        page = list(Complaint.objects.filter(missing, pk__gt=after).order_by("pk")
                    .only("pk", "created_at", "department_id", "status", "first_contact_at", "closed_at")[:batch_size])
        if not page:
            return done
        for complaint in page:
            if complaint.first_contact_at:
                complaint.first_contact_business_seconds = complaint_business_seconds(
                    complaint=complaint, end=complaint.first_contact_at, rules=rules)
            if complaint.status == "closed" and complaint.closed_at:
                complaint.solution_business_seconds = complaint_business_seconds(
                    complaint=complaint, end=complaint.closed_at, rules=rules)
        Complaint.objects.bulk_update(page, ["first_contact_business_seconds", "solution_business_seconds"])
        done, after = done + len(page), page[-1].pk
