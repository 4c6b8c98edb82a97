"""Reminders to the responsible before a deadline (issue 3: default 1 working day and 2 working hours left)."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import translation

from accounts.models import User
from complaints.models import Complaint, Interaction
from notifications.services import email_queue

from ..calendar import add_business_hours, business_time_between
from ..display import business_time_left_words
from ..selectors import DeadlineRules, deadline_rules
from .common import due_stamp, moment_text, staff_url, user_time_zone
from .recipients import responsibles_by_department, with_address
from .scan import open_complaints_due
from .timeline import reminder_interaction

# Working hours left at which the responsible is reminded; a 9-hour working day makes 9 "one working day".
# Override with the setting COMPLAINTDESK_REMINDERS (a list of hours), read at each run.
DEFAULT_REMINDER_POINTS = (9, 2)


def reminder_points() -> tuple[float, ...]:
    """The configured points, largest first (hours of business time before the deadline)."""
    configured = getattr(settings, "COMPLAINTDESK_REMINDERS", DEFAULT_REMINDER_POINTS)
    return tuple(sorted({float(point) for point in configured if float(point) > 0}, reverse=True))


def point_label(point: float) -> str:
    return f"{point:g}"


def reminder_point_reached(*, left: timedelta, points: tuple[float, ...]) -> float | None:
    """The most urgent point already reached: a complaint first seen with 1 h left gets only the 2 h reminder."""
    reached = [point for point in points if left <= timedelta(hours=point)]
    return min(reached) if reached else None


def deadline_reminders_send(*, now: datetime) -> int:
    """Remind the responsible of every open complaint that reached a reminder point; returns how many.

    Reads the calendars once, scans only open complaints due before the largest point
    (in calendar time, per calendar), skips points already reminded in bulk, and writes
    each reminder in its own transaction with the complaint locked: running twice, or on
    two workers at once, reminds once.
    """
    points = reminder_points()
    if not points:
        return 0
    rules = deadline_rules()
    calendars = {id(cal): cal for cal in (rules.default, *rules.by_department.values())}.values()
    horizon = max(add_business_hours(now, max(points), calendar) for calendar in calendars)
    sent = 0
    for batch in open_complaints_due(after=now, until=horizon):
        reached = {}
        for complaint in batch:
            left = business_time_between(now, complaint.due_at, rules.calendar_for(complaint.department_id))
            point = reminder_point_reached(left=left, points=points)
            if point is not None:
                reached[complaint.pk] = (complaint, point_label(point))
        done = reminders_done(complaint_ids=list(reached))
        for complaint, label in reached.values():
            if (complaint.pk, label, due_stamp(complaint.due_at)) not in done:
                sent += deadline_reminder_send(complaint_id=complaint.pk, point=label, now=now, rules=rules,
                                               points=points)
    return sent


def reminders_done(*, complaint_ids: list[int]) -> set[tuple[int, str, str]]:
    """(complaint, point, deadline) of the reminders already written, in one query."""
    if not complaint_ids:
        return set()
    rows = Interaction.objects.filter(complaint_id__in=complaint_ids, kind=Interaction.Kind.REMINDER)
    return {(pk, data.get("point"), data.get("due_at")) for pk, data in rows.values_list("complaint_id", "data")}


@transaction.atomic(durable=True)
def deadline_reminder_send(*, complaint_id: int, point: str, now: datetime, rules: DeadlineRules,
                           points: tuple[float, ...]) -> bool:
    """One reminder of one complaint, unless a concurrent run or a moved deadline made it moot."""
    complaint = Complaint.objects.select_for_update().filter(pk=complaint_id).first()
    if complaint is None or not complaint.is_open or complaint.due_at <= now:
        return False
    calendar = rules.calendar_for(complaint.department_id)
    left = business_time_between(now, complaint.due_at, calendar)
    reached = reminder_point_reached(left=left, points=points)
    stamp = due_stamp(complaint.due_at)
    if reached is None or point_label(reached) != point:
        return False
    if complaint.interactions.filter(kind=Interaction.Kind.REMINDER, data__point=point, data__due_at=stamp).exists():
        return False
    recipients = reminder_recipients(complaint=complaint)
    for user in with_address(recipients):
        with translation.override(user.language):
            left_words = business_time_left_words(now=now, due_at=complaint.due_at, calendar=calendar)
        email_queue(
            key=f"reminder:{complaint.pk}:{point}:{stamp}:{user.pk}", to=[user.email],
            template="deadlines/email/reminder", language=user.language, complaint=complaint,
            context={"complaint": complaint, "recipient": user, "time_left": left_words, "url": staff_url(complaint),
                     "due": moment_text(complaint.due_at, language=user.language, time_zone=user_time_zone(user))},
        )
    reminder_interaction(complaint=complaint, point=point, due_stamp=stamp, recipients=recipients)
    return True


def reminder_recipients(*, complaint: Complaint) -> list[User]:
    """The owner of the complaint; while nobody owns it (or the owner left), its department's responsibles."""
    if complaint.assignee_id is not None:
        assignee = User.objects.filter(pk=complaint.assignee_id, is_active=True).first()
        if assignee is not None:
            return [assignee]
    return responsibles_by_department(department_ids=[complaint.department_id]).get(complaint.department_id, [])
