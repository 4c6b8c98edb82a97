"""The complaint state machine: the one place where a complaint's status changes.

Services decide *whether* an action makes sense for the actor; ``transition``
checks that the current status allows it, sets the new status, and writes the
timeline entry and the audit record in the caller's transaction.
"""

from typing import Any

from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import InvalidTransition
from webhooks.events import Event
from webhooks.services import webhook_event_emit

from .choices import Status
from .models import Complaint, Interaction


class Action(models.TextChoices):
    TAKE = "take", _("Take into work")
    PROPOSE = "propose", _("Propose a solution")
    ACCEPT = "accept", _("Accept the solution")
    REJECT = "reject", _("Reject the solution")
    CLOSE = "close", _("Close")
    REOPEN = "reopen", _("Reopen")
    HAND_OFF = "hand_off", _("Hand off")


# action: (statuses it may start from, status it leads to, timeline kind, audit action)
TRANSITIONS: dict[Action, tuple[frozenset[str], Status, Interaction.Kind, AuditAction]] = {
    Action.TAKE: (frozenset({Status.NEW, Status.IN_PROGRESS}), Status.IN_PROGRESS,
                  Interaction.Kind.TAKEN, AuditAction.COMPLAINT_TAKEN),
    Action.PROPOSE: (frozenset({Status.IN_PROGRESS}), Status.PROPOSED,
                     Interaction.Kind.PROPOSED, AuditAction.COMPLAINT_PROPOSED),
    Action.ACCEPT: (frozenset({Status.PROPOSED}), Status.ACCEPTED,
                    Interaction.Kind.ACCEPTED, AuditAction.COMPLAINT_ACCEPTED),
    Action.REJECT: (frozenset({Status.PROPOSED}), Status.IN_PROGRESS,
                    Interaction.Kind.REJECTED, AuditAction.COMPLAINT_REJECTED),
    # From PROPOSED only when the customer could not be reached (resolution.closing).
    Action.CLOSE: (frozenset({Status.ACCEPTED, Status.PROPOSED}), Status.CLOSED,
                   Interaction.Kind.CLOSED, AuditAction.COMPLAINT_CLOSED),
    Action.REOPEN: (frozenset({Status.CLOSED}), Status.IN_PROGRESS,
                    Interaction.Kind.REOPENED, AuditAction.COMPLAINT_REOPENED),
    Action.HAND_OFF: (frozenset({Status.NEW, Status.IN_PROGRESS}), Status.HANDED_OFF,
                      Interaction.Kind.HANDED_OFF, AuditAction.COMPLAINT_HANDED_OFF),
}


# The webhook event each action sends (README.md, "Webhooks"); taking a complaint gives it an owner.
WEBHOOK_EVENTS: dict[Action, Event] = {
    Action.TAKE: Event.ASSIGNED, Action.PROPOSE: Event.PROPOSED, Action.ACCEPT: Event.ACCEPTED,
    Action.REJECT: Event.REJECTED, Action.CLOSE: Event.CLOSED, Action.REOPEN: Event.REOPENED,
}


def transition_allowed(*, status: str, action: Action) -> bool:
    return status in TRANSITIONS[action][0]


def transition_check(*, complaint: Complaint, action: Action) -> None:
    if not transition_allowed(status=complaint.status, action=action):
        raise InvalidTransition(
            _("“%(action)s” is not possible while the complaint is “%(status)s”.")
            % {"action": action.label, "status": complaint.get_status_display()}
        )


def transition(*, complaint: Complaint, action: Action, actor: User | None, by_customer: bool = False,
               body: str = "", data: dict[str, Any] | None = None,
               update_fields: tuple[str, ...] = ()) -> Interaction:
    """Move ``complaint`` by ``action``; save it with ``update_fields`` besides the status.

    Call inside a transaction, with the complaint row locked (``select_for_update``).
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("complaint transitions must run inside a transaction")
    transition_check(complaint=complaint, action=action)
    _sources, target, interaction_kind, audit_action = TRANSITIONS[action]
    previous = complaint.status
    complaint.status = target
    if target == Status.CLOSED:
        from deadlines.durations import complaint_business_seconds  # deadlines reads complaints

        complaint.closed_at = timezone.now()
        complaint.solution_business_seconds = complaint_business_seconds(complaint=complaint,
                                                                         end=complaint.closed_at)
    complaint.save(update_fields=["status", "closed_at", "solution_business_seconds", "updated_at",
                                  *update_fields])
    interaction = Interaction.objects.create(
        complaint=complaint, kind=interaction_kind, actor=actor, by_customer=by_customer, body=body,
        data={"from": previous, "to": target, **(data or {})}, created_at=timezone.now(),
    )
    audit_record(action=audit_action, target=complaint, actor=actor,
                 actor_label="customer" if by_customer else "",
                 data={"from": previous, "to": target, **(data or {})})
    if action in WEBHOOK_EVENTS:
        webhook_event_emit(event=WEBHOOK_EVENTS[action], complaint=complaint, interaction=interaction,
                           data={"from": previous, "to": target})
    return interaction
