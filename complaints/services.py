"""Writes that move a complaint: take, record a note or call, script, close, reopen, hand off.

Proposals and the customer's answer live in ``resolution.services``; registration
in ``intake.services``. Each entry point checks the actor's permission, locks the
complaint row and calls ``workflow.transition`` for any change of status.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import REFUSALS, Perm, can
from audit.models import AuditAction
from audit.services import audit_record
from coaching.script import ScriptStep, script_steps_clean
from complaintdesk.errors import DomainError, PermissionDenied

from . import timeline
from .choices import HandOff, Kind, Status
from .models import Complaint, Interaction
from .validators import text_required
from .workflow import Action, transition, transition_check


def complaint_lock(*, complaint: Complaint) -> Complaint:
    """The complaint re-read under a row lock, so concurrent changes queue up."""
    return Complaint.objects.select_for_update().get(pk=complaint.pk)


def permission_require(*, user: User, perm: Perm, complaint: Complaint) -> None:
    if not can(user, perm, complaint):
        raise PermissionDenied(REFUSALS[perm])


@transaction.atomic(durable=True)
def complaint_take(*, complaint: Complaint, actor: User) -> Complaint:
    """The actor becomes the named owner (PRODUCT.md: owned by a named person)."""
    permission_require(user=actor, perm=Perm.TAKE, complaint=complaint)
    complaint = complaint_lock(complaint=complaint)
    previous = complaint.assignee_id
    complaint.assignee = actor
    transition(complaint=complaint, action=Action.TAKE, actor=actor,
               data={"assignee": actor.pk, "previous_assignee": previous}, update_fields=("assignee",))
    return complaint


@transaction.atomic(durable=True)
def complaint_note_add(*, complaint: Complaint, actor: User, body: str, is_call: bool = False) -> Interaction:
    permission_require(user=actor, perm=Perm.NOTE, complaint=complaint)
    body = text_required(body, limit=10000, missing=_("Write what was said or done."))
    interaction = timeline.note_interaction(complaint=complaint, actor=actor, body=body, is_call=is_call)
    if is_call:
        first_contact_record(complaint=complaint)
    audit_record(action=AuditAction.COMPLAINT_NOTE_ADDED, target=complaint, actor=actor,
                 data={"interaction": interaction.pk, "call": is_call})
    return interaction


def first_contact_record(*, complaint: Complaint) -> None:
    """The first call or proposal that reaches the customer; later ones change nothing."""
    from deadlines.durations import complaint_business_seconds  # deadlines reads complaints

    if complaint.first_contact_at is None:
        complaint.first_contact_at = timezone.now()
        complaint.first_contact_business_seconds = complaint_business_seconds(
            complaint=complaint, end=complaint.first_contact_at)
        Complaint.objects.filter(pk=complaint.pk, first_contact_at__isnull=True).update(
            first_contact_at=complaint.first_contact_at,
            first_contact_business_seconds=complaint.first_contact_business_seconds)


@transaction.atomic(durable=True)
def complaint_script_update(*, complaint: Complaint, actor: User, steps: list[str]) -> Complaint:
    """Record which of the nine conversation steps are done."""
    permission_require(user=actor, perm=Perm.SCRIPT, complaint=complaint)
    complaint = complaint_lock(complaint=complaint)
    new_steps = script_steps_clean(steps)
    added = [s for s in new_steps if s not in complaint.script_steps]
    removed = [s for s in complaint.script_steps if s not in new_steps]
    if not added and not removed:
        return complaint
    complaint.script_steps = new_steps
    complaint.save(update_fields=["script_steps", "updated_at"])
    timeline.script_updated_interaction(complaint=complaint, actor=actor, added=added, removed=removed)
    audit_record(action=AuditAction.COMPLAINT_SCRIPT_UPDATED, target=complaint, actor=actor,
                 data={"added": added, "removed": removed})
    return complaint


@transaction.atomic(durable=True)
def complaint_close(*, complaint: Complaint, actor: User, resolution: str = "", satisfaction: str = "",
                    loyalty: str = "", thanked: bool | None = None, offered: bool | None = None,
                    no_remedy: bool = False) -> Complaint:
    """Close once everything is recorded (``resolution.closing``): refused with each missing piece named.

    The customer accepted the solution, or could not be reached: two calls after the last proposal.
    """
    from resolution.closing import ClosingAnswers, closing_missing

    permission_require(user=actor, perm=Perm.CLOSE, complaint=complaint)
    complaint = complaint_lock(complaint=complaint)
    transition_check(complaint=complaint, action=Action.CLOSE)
    resolution = (resolution or "").strip()
    answers = ClosingAnswers(resolution=resolution, satisfaction=satisfaction, loyalty=loyalty,
                             thanked=thanked, offered=offered, no_remedy=no_remedy)
    missing = closing_missing(complaint=complaint, answers=answers)
    if missing:
        raise ClosingIncomplete(missing)
    resolution = text_required(resolution, limit=5000, missing="")
    reached = complaint.status == Status.ACCEPTED
    complaint.resolution_text, complaint.satisfaction, complaint.loyalty = resolution, satisfaction, loyalty
    done = {ScriptStep.THANK: thanked, ScriptStep.OFFER: offered}
    complaint.script_steps = script_steps_clean(
        [s for s in complaint.script_steps if done.get(s, True)] + [s for s, d in done.items() if d])
    transition(complaint=complaint, action=Action.CLOSE, actor=actor, body=resolution,
               data={"satisfaction": satisfaction, "loyalty": loyalty, "customer_reached": reached,
                     "thanked": thanked, "offered": offered, "no_remedy": no_remedy},
               update_fields=("resolution_text", "satisfaction", "loyalty", "script_steps"))
    return complaint


class ClosingIncomplete(DomainError):
    """Closing refused: ``missing`` holds one translated sentence per missing piece."""

    code = "closing_incomplete"

    def __init__(self, missing: list[str]) -> None:
        super().__init__(" ".join(missing))
        self.missing = missing


@transaction.atomic(durable=True)
def complaint_reopen(*, complaint: Complaint, actor: User, reason: str) -> Complaint:
    permission_require(user=actor, perm=Perm.REOPEN, complaint=complaint)
    reason = text_required(reason, limit=2000, missing=_("Say why the complaint is reopened."))
    complaint = complaint_lock(complaint=complaint)
    complaint.reopen_count += 1
    complaint.closed_at = None
    transition(complaint=complaint, action=Action.REOPEN, actor=actor, body=reason,
               update_fields=("reopen_count",))
    return complaint


def hand_off_target(kind: str) -> HandOff:
    """Objections and interests go to sales; inquiries to support (PRODUCT.md, What counts)."""
    return HandOff.SUPPORT if kind == Kind.INQUIRY else HandOff.SALES


@transaction.atomic(durable=True)
def complaint_hand_off(*, complaint: Complaint, actor: User, kind: str, reason: str = "") -> Complaint:
    """Reclassify as objection, inquiry or interest: it leaves complaint handling, recorded as such."""
    permission_require(user=actor, perm=Perm.HAND_OFF, complaint=complaint)
    if kind not in Kind.values or kind == Kind.COMPLAINT:
        raise DomainError(_("Only an objection, an inquiry or an interest is handed off."), code="bad_kind")
    complaint = complaint_lock(complaint=complaint)
    handoff_apply(complaint=complaint, actor=actor, kind=kind, reason=reason)
    return complaint


def handoff_apply(*, complaint: Complaint, actor: User | None, kind: str, reason: str = "") -> None:
    """Hand off inside the caller's transaction (also used at registration)."""
    complaint.kind = kind
    complaint.hand_off_to = hand_off_target(kind)
    transition(complaint=complaint, action=Action.HAND_OFF, actor=actor, body=reason.strip(),
               data={"kind": kind, "hand_off_to": complaint.hand_off_to}, update_fields=("kind", "hand_off_to"))
