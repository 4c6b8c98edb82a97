"""Reads of the portal: the flood-control counts, and what a customer may see of a complaint."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.utils.functional import Promise

from complaints.choices import Status
from complaints.models import Complaint, Interaction
from resolution.models import Proposal

from .models import SubmissionAttempt
from .status_text import status_explanation

# Timeline entries a customer sees: state changes only, never notes, calls or staff names.
CUSTOMER_VISIBLE_KINDS = (
    Interaction.Kind.REGISTERED,
    Interaction.Kind.TAKEN,
    Interaction.Kind.PROPOSED,
    Interaction.Kind.ACCEPTED,
    Interaction.Kind.REJECTED,
    Interaction.Kind.CLOSED,
    Interaction.Kind.REOPENED,
    Interaction.Kind.HANDED_OFF,
    Interaction.Kind.DELAY_NOTICE,
)


def submission_attempts_since(*, address_hash: str, since: datetime) -> QuerySet[SubmissionAttempt]:
    return SubmissionAttempt.objects.filter(address_hash=address_hash, created_at__gt=since)


@dataclass(frozen=True)
class HistoryEntry:
    created_at: datetime
    label: str


@dataclass(frozen=True)
class DelayNotice:
    """The latest delay notice, as the customer was told it: the new date and why (never the staff's reason)."""

    new_due_at: datetime
    message: str


@dataclass(frozen=True)
class CustomerView:
    """Everything the status page shows, and nothing else."""

    complaint: Complaint
    explanation: str | Promise
    handler_name: str
    pending_proposal: Proposal | None
    accepted_proposal: Proposal | None
    history: list[HistoryEntry]
    delay_notice: DelayNotice | None = None

    @property
    def is_closed(self) -> bool:
        return self.complaint.status == Status.CLOSED


def complaint_customer_view(*, complaint: Complaint) -> CustomerView:
    """What the customer sees of their complaint, reached through its secret link.

    Call with a complaint from ``complaint_by_token`` (the assignee already joined).
    """
    proposals = list(
        complaint.proposals.filter(status__in=[Proposal.Status.PENDING, Proposal.Status.ACCEPTED])
        .order_by("-created_at", "-id")
    )
    pending = next((p for p in proposals if p.status == Proposal.Status.PENDING), None)
    accepted = None
    if complaint.status in (Status.ACCEPTED, Status.CLOSED):
        accepted = next((p for p in proposals if p.status == Proposal.Status.ACCEPTED), None)
    entries = list(complaint.interactions.filter(kind__in=CUSTOMER_VISIBLE_KINDS)
                   .order_by("created_at", "id").values_list("kind", "created_at", "data"))
    history = [HistoryEntry(created_at=created_at, label=Interaction.Kind(kind).label)
               for kind, created_at, _data in entries]
    delays = [data for kind, _created_at, data in entries if kind == Interaction.Kind.DELAY_NOTICE]
    delay_notice = (DelayNotice(new_due_at=datetime.fromisoformat(delays[-1]["new_due_at"]),
                                message=delays[-1].get("customer_message", "")) if delays else None)
    handler_name = complaint.assignee.get_full_name().strip() if complaint.assignee else ""
    return CustomerView(
        complaint=complaint,
        explanation=status_explanation(complaint=complaint),
        handler_name=handler_name,
        pending_proposal=pending,
        accepted_proposal=accepted,
        history=history,
        delay_notice=delay_notice,
    )
