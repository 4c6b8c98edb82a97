"""Reads of calendars and policies, turned into the pure objects of ``deadlines.calendar``."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Prefetch, QuerySet

from complaintdesk.reference_data import reference_data
from routing.models import Department

from .calendar import WorkCalendar
from .days import DayMark, days_marked
from .display import business_time_left_words
from .models import BusinessCalendar, DeadlinePolicy

DEFAULT_SOLUTION_DAYS = 3  # PRODUCT.md, Deadlines: within 3 business days of registration


def work_calendar_from(calendar: BusinessCalendar) -> WorkCalendar:
    days = list(calendar.days.all())
    return WorkCalendar(
        time_zone=calendar.time_zone,
        country=calendar.country.upper(),
        subdivision=calendar.subdivision,
        weekdays=frozenset(calendar.working_weekdays or [0, 1, 2, 3, 4]),
        day_start=calendar.day_start,
        day_end=calendar.day_end,
        extra_days_off=frozenset(d.date for d in days if d.kind == d.Kind.DAY_OFF),
        extra_working_days=frozenset(d.date for d in days if d.kind == d.Kind.WORKING_DAY),
    )


def fallback_calendar() -> WorkCalendar:
    """Until an administrator sets a calendar: Monday to Friday in the site's time zone."""
    return WorkCalendar(time_zone=settings.TIME_ZONE)


@dataclass(frozen=True)
class DeadlineRules:
    """Everything needed to date complaints, read once (the seeder dates a million with one)."""

    default: WorkCalendar
    by_department: dict[int, WorkCalendar]
    policies: tuple[DeadlinePolicy, ...]

    def calendar_for(self, department_id: int | None) -> WorkCalendar:
        return self.by_department.get(department_id, self.default) if department_id else self.default

    def policy_for(self, *, kind: str, origin: str, importance: str) -> DeadlinePolicy | None:
        matching = [
            p for p in self.policies
            if p.kind in ("", kind) and p.origin in ("", origin) and p.importance in ("", importance)
        ]
        return max(matching, key=lambda p: p.specificity, default=None)


def deadline_rules() -> DeadlineRules:
    """Calendars and policies; read once per batch inside ``reference_data_kept``."""
    return reference_data("deadline_rules", deadline_rules_load)


def deadline_rules_load() -> DeadlineRules:
    rows = list(BusinessCalendar.objects.prefetch_related("days"))
    calendars = {c.pk: work_calendar_from(c) for c in rows}
    default = next((calendars[c.pk] for c in rows if c.is_default), None) or fallback_calendar()
    by_department = {
        dept_id: calendars[cal_id]
        for dept_id, cal_id in Department.objects.filter(calendar__isnull=False).values_list("pk", "calendar_id")
    }
    return DeadlineRules(default=default, by_department=by_department, policies=tuple(DeadlinePolicy.objects.all()))


def complaints_time_left(*, complaints: list, now: datetime, rules: DeadlineRules | None = None) -> dict[int, str]:
    """Business time left (or overdue) in words for each open complaint, by id; rules read once."""
    rules = rules or deadline_rules()
    return {
        complaint.pk: business_time_left_words(now=now, due_at=complaint.due_at,
                                               calendar=rules.calendar_for(complaint.department_id))
        for complaint in complaints if complaint.is_open
    }


CALENDAR_PAGE_DAYS = 60  # issue 3: a page that shows the next 60 days as working/non-working


def business_calendar_list() -> QuerySet[BusinessCalendar]:
    """Every calendar, with the departments that keep it, for the calendars page."""
    return BusinessCalendar.objects.prefetch_related(
        Prefetch("department_set", queryset=Department.objects.order_by("code"), to_attr="departments"))


def business_calendar_get(*, calendar_id: int) -> BusinessCalendar | None:
    return BusinessCalendar.objects.prefetch_related("days").filter(pk=calendar_id).first()


def business_calendar_days(*, calendar: BusinessCalendar, now: datetime, language: str,
                           count: int = CALENDAR_PAGE_DAYS) -> list[DayMark]:
    """The ``count`` days from today in the calendar's own time zone, each marked working or not, and why."""
    work_calendar = work_calendar_from(calendar)
    today = now.astimezone(work_calendar.zone).date()
    notes = {day.date: day.note for day in calendar.days.all()}
    return days_marked(calendar=work_calendar, start=today, count=count, language=language, notes=notes)
