"""The delay notice: PRODUCT.md, Deadlines: "if the solution date will slip, tell the customer why,
before it slips"."""

from datetime import date

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import Perm, can
from audit.models import AuditAction
from audit.services import audit_record
from coaching.services import reply_findings_record
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Complaint
from complaints.services import complaint_lock
from complaints.validators import text_required
from notifications.services import email_queue
from routing.notify import supported_language

from ..selectors import deadline_rules
from .common import due_stamp, moment_text, utc_iso
from .timeline import delay_notice_interaction

NOT_HANDLER = _("You may not announce a delay on this complaint.")


@transaction.atomic(durable=True)
def deadline_extend(*, complaint: Complaint, actor: User, reason: str, new_due_at: date | None,
                    customer_message: str = "") -> Complaint:
    """Move the deadline to the end of the working day ``new_due_at`` and tell the customer why.

    Those who may propose a solution may announce a delay, while the complaint is open.
    The reason stays on the timeline and in the audit record; the customer gets
    ``customer_message`` (the reason itself when left empty) by e-mail, in their language,
    and on their status page. Announced after the deadline had passed, the notice is still
    given (the customer must be told) but recorded as late, and the overdue mark of the
    missed deadline is cleared: its OVERDUE entry and audit record stay.
    """
    if not can(actor, Perm.PROPOSE, complaint):
        raise PermissionDenied(NOT_HANDLER)
    reason = text_required(reason, limit=2000, missing=_("Say why the solution will be late."))
    customer_message = (customer_message or "").strip() or reason
    customer_message = text_required(customer_message, limit=2000, missing="")
    if new_due_at is None:
        raise DomainError(_("Choose the new date of the solution."), code="no_date")
    complaint = complaint_lock(complaint=complaint)
    if not complaint.is_open:
        raise DomainError(_("A delay can be announced only while the complaint is open."), code="not_open")
    calendar = deadline_rules().calendar_for(complaint.department_id)
    if not calendar.is_working_day(new_due_at):
        raise DomainError(_("%(date)s is not a working day. Choose a working day.")
                          % {"date": date_format(new_due_at, "j E Y")}, code="not_working_day")
    new_due = calendar.day_bounds(new_due_at)[1]
    now, old_due = timezone.now(), complaint.due_at
    if new_due <= now:
        raise DomainError(_("The new date must be in the future."), code="past")
    if new_due <= old_due:
        raise DomainError(_("The new date must be later than the current deadline, %(due)s.")
                          % {"due": date_format(old_due.astimezone(calendar.zone), "j E Y, H:i")}, code="not_later")
    late = now >= old_due
    complaint.due_at, complaint.overdue_at = new_due, None
    complaint.save(update_fields=["due_at", "overdue_at", "updated_at"])
    delay_notice_interaction(complaint=complaint, actor=actor, reason=reason, old_due_at=old_due,
                             customer_message=customer_message, late=late)
    audit_record(action=AuditAction.COMPLAINT_DEADLINE_EXTENDED, target=complaint, actor=actor,
                 data={"old_due_at": utc_iso(old_due), "new_due_at": utc_iso(new_due), "late": late,
                       "reason": reason, "customer_message": customer_message})
    reply_findings_record(complaint=complaint, actor=actor, where="delay_notice", texts=[customer_message],
                          whole_reply=False)
    if complaint.contact_email:
        status_url = settings.COMPLAINTDESK_BASE_URL.rstrip("/") + reverse(
            "portal:track", kwargs={"token": complaint.access_token})
        language = supported_language(complaint.language)  # a customer writing German reads the default
        email_queue(
            key=f"delay:{complaint.pk}:{due_stamp(new_due)}", to=[complaint.contact_email],
            template="deadlines/email/delay_notice", language=language, complaint=complaint,
            context={"complaint": complaint, "message": customer_message, "status_url": status_url,
                     "new_due": moment_text(new_due, language=language, time_zone=calendar.time_zone)},
        )
    return complaint
