"""The weekly deadline-control summary, read in a fixed number of queries whatever the number of complaints.

PRODUCT.md, Deadlines: "Weekly: a summary of received complaints to control deadlines";
issue 3: received last week, open now, due this week, overdue (with owners), by
department and by responsible.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import PermissionDenied
from complaints.choices import OPEN_STATUSES, Channel, Kind
from complaints.models import Complaint
from routing.models import Department

from .display import business_time_left_words
from .selectors import DeadlineRules, deadline_rules

LIST_LIMIT = 50  # complaints per list; the queue link shows them all


@dataclass(frozen=True)
class Week:
    """Monday to Sunday in a time zone."""

    start: date
    time_zone: str

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.start, time(0), tzinfo=ZoneInfo(self.time_zone))

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.start + timedelta(days=7), time(0), tzinfo=ZoneInfo(self.time_zone))

    @property
    def previous(self) -> "Week":
        return Week(start=self.start - timedelta(days=7), time_zone=self.time_zone)


def week_of(*, moment: datetime, time_zone: str) -> Week:
    """The week (Monday to Sunday in ``time_zone``) that ``moment`` falls in."""
    day = moment.astimezone(ZoneInfo(time_zone)).date()
    return Week(start=day - timedelta(days=day.weekday()), time_zone=time_zone)


@dataclass(frozen=True)
class Share:
    code: str
    label: str
    count: int


@dataclass(frozen=True)
class Load:
    """Open complaints split by deadline: overdue now, due by the end of the week, due later."""

    open: int = 0
    overdue: int = 0
    due_this_week: int = 0
    received: int = 0  # registered last week


@dataclass(frozen=True)
class DepartmentLoad:
    department: Department
    load: Load


@dataclass(frozen=True)
class PersonLoad:
    person: User | None  # None: nobody has taken them yet
    load: Load


@dataclass(frozen=True)
class ComplaintLine:
    complaint: Complaint
    time_left: str  # "1 working day 3 h left", "overdue by 2 working days"


@dataclass(frozen=True)
class WeeklySummary:
    week: Week  # "this week": what is due by its end
    now: datetime
    department: Department | None  # None: the whole company
    received_by_kind: list[Share]
    received_by_channel: list[Share]
    by_department: list[DepartmentLoad]
    by_responsible: list[PersonLoad]
    due_this_week: list[ComplaintLine]
    overdue: list[ComplaintLine]

    @property
    def received_week(self) -> Week:
        return self.week.previous

    @property
    def received(self) -> int:
        return sum(share.count for share in self.received_by_kind)

    @property
    def open_now(self) -> int:
        return sum(row.load.open for row in self.by_department)

    @property
    def overdue_now(self) -> int:
        return sum(row.load.overdue for row in self.by_department)

    @property
    def due_this_week_count(self) -> int:
        return sum(row.load.due_this_week for row in self.by_department)


def weekly_summary_department(*, user: User, department_id: int | None = None) -> Department | None:
    """The department whose summary ``user`` may read; None for the whole company.

    Quality management and administrators read any department's or the company's;
    a department head reads their own department's; nobody else reads one.
    """
    if user.sees_everything:
        return Department.objects.filter(pk=department_id).first() if department_id else None
    if user.role == User.Role.HEAD and user.department_id:
        return user.department
    raise PermissionDenied(_("Only quality management and department heads receive the weekly summary."))


def weekly_deadline_summary(*, week: Week, now: datetime, department: Department | None = None,
                            rules: DeadlineRules | None = None) -> WeeklySummary:
    """Received in the week before ``week``; open, overdue and due by the end of ``week`` as of ``now``.

    Business time left is worded in the active language: call inside ``translation.override``.
    """
    rules = rules or deadline_rules()
    scope = Complaint.objects.filter(department=department) if department else Complaint.objects.all()
    received = Q(created_at__gte=week.previous.starts_at, created_at__lt=week.starts_at)
    is_open = Q(status__in=OPEN_STATUSES)
    overdue = is_open & Q(due_at__lt=now)
    due_this_week = is_open & Q(due_at__gte=now, due_at__lt=week.ends_at)
    load = {"open": Count("id", filter=is_open), "overdue": Count("id", filter=overdue),
            "due_this_week": Count("id", filter=due_this_week)}

    kinds_channels = list(scope.filter(received).values("kind", "channel").annotate(n=Count("id")).order_by())
    by_department = departments_loaded(
        scope.filter(received | is_open).values("department_id")
        .annotate(received=Count("id", filter=received), **load).order_by())
    by_responsible = people_loaded(scope.filter(is_open).values("assignee_id").annotate(**load).order_by())
    lines = scope.select_related("department", "assignee").order_by("due_at", "id")

    def worded(complaints: Iterable[Complaint]) -> list[ComplaintLine]:
        return [ComplaintLine(complaint=c, time_left=business_time_left_words(
            now=now, due_at=c.due_at, calendar=rules.calendar_for(c.department_id))) for c in complaints]

    return WeeklySummary(
        week=week, now=now, department=department,
        received_by_kind=shares(kinds_channels, "kind", Kind),
        received_by_channel=shares(kinds_channels, "channel", Channel),
        by_department=by_department, by_responsible=by_responsible,
        due_this_week=worded(lines.filter(due_this_week)[:LIST_LIMIT]),
        overdue=worded(lines.filter(overdue)[:LIST_LIMIT]),
    )


def shares(rows: list[dict], key: str, choices: type[Kind] | type[Channel]) -> list[Share]:
    """Counts by one field, in the order of its choices, leaving out what nobody used."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row[key]] = totals.get(row[key], 0) + row["n"]
    return [Share(code=code, label=label, count=totals[code]) for code, label in choices.choices if code in totals]


def load_of(row: dict) -> Load:
    return Load(open=row["open"], overdue=row["overdue"], due_this_week=row["due_this_week"],
                received=row.get("received", 0))


def departments_loaded(rows: Iterable[dict]) -> list[DepartmentLoad]:
    loads = {row["department_id"]: load_of(row) for row in rows}
    departments = Department.objects.filter(pk__in=loads).order_by("code")
    result = [DepartmentLoad(department=d, load=loads[d.pk]) for d in departments]
    return sorted(result, key=lambda row: (-row.load.overdue, -row.load.open))


def people_loaded(rows: Iterable[dict]) -> list[PersonLoad]:
    loads = {row["assignee_id"]: load_of(row) for row in rows}
    people = {u.pk: u for u in User.objects.filter(pk__in=[pk for pk in loads if pk]).select_related("department")}
    result = [PersonLoad(person=people.get(pk), load=load) for pk, load in loads.items() if pk is None or pk in people]
    # Complaints nobody owns yet come before a person with as many: they are nobody's to chase.
    return sorted(result, key=lambda row: (-row.load.overdue, -row.load.open, row.person is not None,
                                           str(row.person or "")))
