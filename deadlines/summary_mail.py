"""Monday's weekly summary e-mail: the whole company to quality management, their department to each head."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone, translation

from accounts.models import User
from notifications.models import Email
from notifications.services import email_queue
from routing.models import Department

from .selectors import deadline_rules
from .summary import WeeklySummary, weekly_deadline_summary, week_of


def weekly_summary_recipients() -> list[tuple[User, Department | None]]:
    """Each active QMS employee (the company: None) and department head (their department), with an address.

    The same people, with the same scope, as may open the summary page (``weekly_summary_department``).
    """
    people = (User.objects.filter(is_active=True).exclude(email="")
              .filter(role__in=[User.Role.QMS, User.Role.HEAD]).select_related("department").order_by("pk"))
    return [(user, None if user.role == User.Role.QMS else user.department) for user in people
            if user.role == User.Role.QMS or user.department_id]


def weekly_summary_key(*, user: User, week_start) -> str:
    return f"weekly:{user.pk}:{week_start.isoformat()}"


def weekly_summaries_queue(*, moment: datetime, now: datetime | None = None) -> list[Email]:
    """Queue the summary of the week ``moment`` falls in for every recipient, once per recipient and week.

    Figures are as of ``now`` (when the job runs); each recipient reads theirs in their own
    language and time zone. A recipient already sent this week's summary is skipped, so a
    retried or repeated run sends nothing twice.
    """
    now = now or timezone.now()
    rules = deadline_rules()
    week = week_of(moment=moment, time_zone=rules.default.time_zone)
    recipients = weekly_summary_recipients()
    keys = {user.pk: weekly_summary_key(user=user, week_start=week.start) for user, _department in recipients}
    done = set(Email.objects.filter(key__in=keys.values()).values_list("key", flat=True))
    summaries: dict[tuple[int | None, str], WeeklySummary] = {}  # one per scope and language
    queued = []
    for user, department in recipients:
        if keys[user.pk] in done:
            continue
        scope = (department.pk if department else None, user.language)
        if scope not in summaries:
            with translation.override(user.language):  # business time left is worded as it is read
                summaries[scope] = weekly_deadline_summary(week=week, now=now, department=department, rules=rules)
        with transaction.atomic():
            queued.append(email_queue(
                key=keys[user.pk], to=[user.email], template="deadlines/email/weekly_summary",
                language=user.language,
                context={"summary": summaries[scope], "recipient": user,
                         "time_zone": user.time_zone or rules.default.time_zone},
            ))
    return queued
