"""Writes of corrective actions: create, move through their statuses, record the effectiveness check."""

from collections.abc import Iterable
from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import Perm, can
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Complaint, Interaction
from complaints.validators import text_required

from .models import CorrectiveAction
from .timeline import capa_interactions

Status = CorrectiveAction.Status
CAPA_ROLES = {User.Role.QMS, User.Role.ADMIN, User.Role.HEAD, User.Role.RESPONSIBLE}
# Where each status may go; done and cancelled are final.
NEXT_STATUSES: dict[str, frozenset[str]] = {
    Status.OPEN: frozenset({Status.IN_PROGRESS, Status.DONE, Status.CANCELLED}),
    Status.IN_PROGRESS: frozenset({Status.DONE, Status.CANCELLED}),
    Status.DONE: frozenset(),
    Status.CANCELLED: frozenset(),
}


def capa_role(user: User) -> bool:
    return user.is_active and (user.is_superuser or user.role in CAPA_ROLES)


def capa_may_create(*, user: User, complaints: Iterable[Complaint]) -> bool:
    """QMS, a department head or a responsible employee who may see every one of ``complaints``."""
    return capa_role(user) and all(can(user, Perm.VIEW, c) for c in complaints)


def capa_create_check(*, user: User, complaints: list[Complaint]) -> None:
    if not capa_role(user):
        raise PermissionDenied(_("Only quality management, department heads and responsible employees may "
                                 "create corrective actions."))
    for complaint in complaints:
        if not can(user, Perm.VIEW, complaint):
            raise PermissionDenied(_("You may not create a corrective action for complaint %(number)s: "
                                     "you cannot see it.") % {"number": complaint.tracking_number})


def capa_may_manage(*, user: User, action: CorrectiveAction) -> bool:
    """Its owner, or whoever could create it for all its complaints."""
    return user.is_active and (action.owner_id == user.pk or capa_may_create(user=user,
                                                                              complaints=action.complaints.all()))


def capa_manage_check(*, user: User, action: CorrectiveAction) -> None:
    if not capa_may_manage(user=user, action=action):
        raise PermissionDenied(_("You may not change this corrective action."))


def capa_lock(*, action: CorrectiveAction) -> CorrectiveAction:
    return CorrectiveAction.objects.select_for_update().get(pk=action.pk)


def capa_dates_check(*, due_on: date | None, check_on: date | None) -> None:
    if due_on is None:
        raise DomainError(_("Give the date the corrective action is due."), code="required")
    if check_on is None:
        raise DomainError(_("Give the date to check whether the corrective action worked."), code="required")
    if due_on < timezone.localdate():
        raise DomainError(_("The due date is in the past."), code="past")
    if check_on < due_on:
        raise DomainError(_("The effectiveness check cannot come before the due date."), code="check_early")


@transaction.atomic(durable=True)
def corrective_action_create(*, actor: User, complaints: Iterable[Complaint], cause: str, owner: User | None,
                             due_on: date | None, check_on: date | None,
                             customer_text: str = "") -> CorrectiveAction:
    """A corrective action removing ``cause`` of one or several complaints (PRODUCT.md: recurrence prevented)."""
    return corrective_action_record(actor=actor, complaints=complaints, cause=cause, owner=owner, due_on=due_on,
                                    check_on=check_on, customer_text=customer_text)


@transaction.atomic
def corrective_action_record(*, actor: User, complaints: Iterable[Complaint], cause: str, owner: User | None,
                             due_on: date | None, check_on: date | None,
                             customer_text: str = "") -> CorrectiveAction:
    """``corrective_action_create`` inside a caller's transaction (a systemic alert records the action it opened)."""
    complaints = list({c.pk: c for c in complaints}.values())
    if not complaints:
        raise DomainError(_("Choose at least one complaint."), code="no_complaints")
    capa_create_check(user=actor, complaints=complaints)
    cause = text_required(cause, limit=5000, missing=_("Describe the cause the action removes."))
    if owner is None or not owner.is_active:
        raise DomainError(_("Choose the employee who owns the corrective action."), code="owner")
    capa_dates_check(due_on=due_on, check_on=check_on)
    now = timezone.now()
    action = CorrectiveAction.objects.create(
        cause=cause, owner=owner, due_on=due_on, check_on=check_on, customer_text=(customer_text or "").strip(),
        created_by=actor, created_at=now, updated_at=now,
    )
    action.complaints.set(complaints)
    capa_interactions(action=action, actor=actor, kind=Interaction.Kind.CAPA_CREATED, body=cause,
                      data={"owner": owner.pk, "due_on": due_on.isoformat(), "check_on": check_on.isoformat()})
    audit_record(action=AuditAction.CAPA_CREATED, target=action, actor=actor,
                 data={"complaints": sorted(c.tracking_number for c in complaints), "owner": owner.pk,
                       "due_on": due_on.isoformat(), "check_on": check_on.isoformat()})
    return action


@transaction.atomic(durable=True)
def corrective_action_update_status(*, action: CorrectiveAction, actor: User, status: str,
                                    note: str = "") -> CorrectiveAction:
    capa_manage_check(user=actor, action=action)
    action = capa_lock(action=action)
    if status not in Status.values:
        raise DomainError(_("Choose a status."), code="bad_status")
    if status not in NEXT_STATUSES[action.status]:
        raise DomainError(_("A corrective action that is %(old)s cannot become %(new)s.")
                          % {"old": action.get_status_display().lower(), "new": Status(status).label.lower()},
                          code="bad_transition")
    old = action.status
    action.status, action.updated_at = status, timezone.now()
    action.save(update_fields=["status", "updated_at"])
    note = (note or "").strip()
    capa_interactions(action=action, actor=actor, kind=Interaction.Kind.CAPA_STATUS_CHANGED, body=note,
                      data={"old_status": old, "new_status": status})
    audit_record(action=AuditAction.CAPA_STATUS_CHANGED, target=action, actor=actor,
                 data={"old_status": old, "new_status": status, "note": note})
    return action


@transaction.atomic(durable=True)
def corrective_action_effectiveness_record(*, action: CorrectiveAction, actor: User, effective: bool,
                                           note: str) -> CorrectiveAction:
    """The check on ``check_on``: did the recurrence stop? Once the action is done, and only once."""
    capa_manage_check(user=actor, action=action)
    action = capa_lock(action=action)
    if action.status != Status.DONE:
        raise DomainError(_("Record the effectiveness once the corrective action is done."), code="not_done")
    if action.result:
        raise DomainError(_("The effectiveness of this corrective action is already recorded."),
                          code="already_checked")
    note = text_required(note, limit=5000, missing=_("Write what the check showed."))
    action.result = CorrectiveAction.Result.EFFECTIVE if effective else CorrectiveAction.Result.NOT_EFFECTIVE
    action.result_note, action.checked_by = note, actor
    action.checked_at = action.updated_at = timezone.now()
    action.save(update_fields=["result", "result_note", "checked_by", "checked_at", "updated_at"])
    capa_interactions(action=action, actor=actor, kind=Interaction.Kind.CAPA_EFFECTIVENESS_RECORDED, body=note,
                      data={"result": action.result})
    audit_record(action=AuditAction.CAPA_EFFECTIVENESS_RECORDED, target=action, actor=actor,
                 data={"result": action.result, "note": note})
    return action
