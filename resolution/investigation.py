"""Investigation: the root cause and the validity of a complaint (PRODUCT.md, Classification)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import Perm
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError
from complaints.choices import Status, Validity
from complaints.models import Complaint, Interaction
from complaints.services import complaint_lock, permission_require
from complaints.validators import text_required

from .models import RootCause

IN_WORK = frozenset({Status.IN_PROGRESS, Status.PROPOSED, Status.ACCEPTED})


def in_work_require(*, complaint: Complaint, refusal: str) -> None:
    if complaint.status not in IN_WORK:
        raise DomainError(refusal, code="not_in_work")


@transaction.atomic(durable=True)
def complaint_investigation_record(*, complaint: Complaint, actor: User, validity: str,
                                   root_cause: RootCause | None, note: str = "") -> Complaint:
    """Record the validity and the root cause; a later record replaces an earlier one."""
    permission_require(user=actor, perm=Perm.INVESTIGATE, complaint=complaint)
    if validity not in Validity.values:
        raise DomainError(_("Choose whether the complaint is justified."), code="no_validity")
    if root_cause is None or not root_cause.is_active:
        raise DomainError(_("Choose the root cause."), code="no_root_cause")
    if root_cause.code == RootCause.NOT_ESTABLISHED and validity != Validity.UNJUSTIFIED:
        raise DomainError(_("A root cause may be “not established” only for an unjustified complaint."),
                          code="root_cause_required")
    note = text_required(note, limit=2000, missing="") if (note or "").strip() else ""
    complaint = complaint_lock(complaint=complaint)
    in_work_require(complaint=complaint,
                    refusal=_("The investigation is recorded while the complaint is in work."))
    complaint.validity, complaint.root_cause, complaint.root_cause_note = validity, root_cause, note
    complaint.save(update_fields=["validity", "root_cause", "root_cause_note", "updated_at"])
    data = {"validity": validity, "root_cause": root_cause.code}
    Interaction.objects.create(complaint=complaint, kind=Interaction.Kind.INVESTIGATED, actor=actor, body=note,
                               data=data, created_at=timezone.now())
    audit_record(action=AuditAction.COMPLAINT_INVESTIGATED, target=complaint, actor=actor, data=data)
    return complaint
