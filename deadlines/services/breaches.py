"""Breach escalation: an open complaint past its deadline is marked overdue once, and escalated."""

from datetime import datetime

from django.db import transaction

from audit.models import AuditAction
from audit.services import audit_record
from complaints.models import Complaint
from notifications.services import email_queue
from webhooks.events import Event
from webhooks.services import webhook_event_emit

from .common import due_stamp, moment_text, staff_url, user_time_zone
from .recipients import breach_recipients, with_address
from .scan import open_complaints_due
from .timeline import overdue_interaction


def deadline_breaches_mark(*, now: datetime) -> int:
    """Mark every open complaint whose deadline passed and that is not marked yet; returns how many.

    Each complaint is marked in its own transaction under a row lock, re-checked after
    the lock is taken: two runs at the same moment mark (and mail) each breach once.
    """
    marked = 0
    for batch in open_complaints_due(until=now, unmarked_only=True):
        for complaint in batch:
            marked += deadline_breach_mark(complaint_id=complaint.pk, now=now)
    return marked


@transaction.atomic(durable=True)
def deadline_breach_mark(*, complaint_id: int, now: datetime) -> bool:
    """Set ``overdue_at``, write the OVERDUE entry and audit record, and tell the head and QMS.

    The mark stays when the complaint is closed or reopened later: it records that this
    deadline was missed. A delay notice that moves the deadline clears it.
    """
    complaint = Complaint.objects.select_for_update().filter(pk=complaint_id).first()
    if complaint is None or not complaint.is_open or complaint.overdue_at is not None or complaint.due_at > now:
        return False
    complaint.overdue_at = now
    complaint.save(update_fields=["overdue_at", "updated_at"])
    recipients = breach_recipients(complaint=complaint)
    stamp = due_stamp(complaint.due_at)
    overdue = overdue_interaction(complaint=complaint, due_stamp=stamp, recipients=recipients)
    webhook_event_emit(event=Event.OVERDUE, complaint=complaint, interaction=overdue)
    audit_record(action=AuditAction.COMPLAINT_OVERDUE, target=complaint, actor_label="system",
                 data={"due_at": stamp, "overdue_at": now.isoformat(), "notified": [u.pk for u in recipients]})
    for user in with_address(recipients):
        email_queue(
            key=f"overdue:{complaint.pk}:{stamp}:{user.pk}", to=[user.email], template="deadlines/email/overdue",
            language=user.language, complaint=complaint,
            context={"complaint": complaint, "recipient": user, "url": staff_url(complaint),
                     "assignee": complaint.assignee, "department": complaint.department,
                     "due": moment_text(complaint.due_at, language=user.language, time_zone=user_time_zone(user))},
        )
    return True
