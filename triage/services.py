"""Writes of triage: train a model version, and apply one suggestion through the complaint's services."""

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import Perm
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError
from complaints.choices import Importance, Kind
from complaints.models import Category, Complaint, Interaction
from complaints.services import complaint_hand_off, complaint_lock, permission_require
from routing.models import Department
from routing.services import complaint_transfer

from .training import triage_model_train
from .targets import TARGETS

__all__ = ["triage_model_train", "triage_suggestion_apply", "complaint_reclassify"]


def reclassified_interaction(*, complaint: Complaint, actor: User, field: str, before: str, after: str,
                             reason: str) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.RECLASSIFIED, actor=actor, body=reason,
        data={"field": field, "from": before, "to": after}, created_at=timezone.now())


@transaction.atomic(durable=True)
def complaint_reclassify(*, complaint: Complaint, actor: User, importance: str = "",
                         subject_category: Category | None = None, reason: str) -> Complaint:
    """Change the importance or the product category, recorded on the timeline and in the audit trail."""
    permission_require(user=actor, perm=Perm.CLASSIFY, complaint=complaint)
    complaint = complaint_lock(complaint=complaint)
    if importance:
        if importance not in Importance.values:
            raise DomainError(_("Choose one of the importance levels."), code="bad_importance")
        field, before, after = "importance", complaint.importance, importance
        complaint.importance = importance
    elif subject_category is not None:
        field = "subject_category"
        before = complaint.subject_category.code if complaint.subject_category_id else ""
        after = subject_category.code
        complaint.subject_category = subject_category
    else:
        raise DomainError(_("Choose what to change."), code="nothing_to_change")
    if before == after:
        raise DomainError(_("The complaint already has this classification."), code="unchanged")
    complaint.save(update_fields=[field, "updated_at"])
    reclassified_interaction(complaint=complaint, actor=actor, field=field, before=before, after=after,
                             reason=reason)
    audit_record(action=AuditAction.COMPLAINT_RECLASSIFIED, target=complaint, actor=actor,
                 data={"field": field, "from": before, "to": after})
    return complaint


def triage_suggestion_apply(*, complaint: Complaint, actor: User, target: str, value: str,
                            confidence: float) -> Complaint:
    """Apply the suggestion the user clicked, through the service that owns that change."""
    if target not in TARGETS:
        raise DomainError(_("There is no such suggestion."), code="bad_target")
    reason = _("Triage suggestion (confidence %(percent)d%%)") % {"percent": round(100 * confidence)}
    if target == "kind":
        if value == Kind.COMPLAINT and complaint.kind == Kind.COMPLAINT:
            raise DomainError(_("The complaint already has this classification."), code="unchanged")
        return complaint_hand_off(complaint=complaint, actor=actor, kind=value, reason=reason)
    if target == "department":
        department = Department.objects.filter(code=value, is_active=True).first()
        if department is None:
            raise DomainError(_("The suggested department does not receive complaints any more."),
                              code="inactive_department")
        with translation.override(complaint.language):  # the customer reads it
            explanation = _("Your complaint is now handled by %(department)s, the department responsible for "
                            "this matter.") % {"department": department.name}
        return complaint_transfer(complaint=complaint, actor=actor, to_department=department, reason=reason,
                                  customer_explanation=explanation)
    if target == "category":
        category = Category.objects.filter(code=value, is_active=True).first()
        if category is None:
            raise DomainError(_("The suggested category is no longer in use."), code="inactive_category")
        return complaint_reclassify(complaint=complaint, actor=actor, subject_category=category, reason=reason)
    return complaint_reclassify(complaint=complaint, actor=actor, importance=value, reason=reason)
