"""The timeline entries of the deadlines domain, one small function each."""

from datetime import datetime

from django.utils import timezone

from accounts.models import User
from complaints.models import Complaint, Interaction

from .common import utc_iso


def reminder_interaction(*, complaint: Complaint, point: str, due_stamp: str,
                         recipients: list[User]) -> Interaction:
    """``point`` (working hours left) and ``due_stamp`` mark this reminder as done for this deadline."""
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.REMINDER, actor=None,
        data={"point": point, "due_at": due_stamp, "to": [user.pk for user in recipients]},
        created_at=timezone.now(),
    )


def overdue_interaction(*, complaint: Complaint, due_stamp: str, recipients: list[User]) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.OVERDUE, actor=None,
        data={"due_at": due_stamp, "to": [user.pk for user in recipients]},
        created_at=timezone.now(),
    )


def delay_notice_interaction(*, complaint: Complaint, actor: User, reason: str, old_due_at: datetime,
                             customer_message: str, late: bool) -> Interaction:
    """The reason stays on the timeline (and in reports); the customer's text and both dates in ``data``."""
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.DELAY_NOTICE, actor=actor, body=reason,
        data={"old_due_at": utc_iso(old_due_at), "new_due_at": utc_iso(complaint.due_at),
              "customer_message": customer_message, "late": late},
        created_at=timezone.now(),
    )
