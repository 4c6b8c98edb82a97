"""Solution proposals and the customer's answer to them."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.models import User
from accounts.permissions import Perm
from coaching.services import reply_findings_record
from complaintdesk.errors import DomainError
from complaints.models import Complaint
from complaints.services import complaint_lock, first_contact_record, permission_require
from complaints.validators import text_required
from complaints.workflow import Action, transition, transition_check
from deadlines.policy import solution_due_after_waiting

from .models import Proposal

MAX_ALTERNATIVES = 5


@transaction.atomic(durable=True)
def proposal_create(*, complaint: Complaint, actor: User, text: str, alternatives: list[str]) -> Proposal:
    """Offer a solution (PRODUCT.md: "offer alternatives where possible")."""
    permission_require(user=actor, perm=Perm.PROPOSE, complaint=complaint)
    text = text_required(text, limit=5000, missing=_("Describe the solution you propose."))
    alternatives = [text_required(a, limit=1000, missing="") for a in alternatives if a and a.strip()]
    if len(alternatives) > MAX_ALTERNATIVES:
        raise DomainError(ngettext("Offer at most %(n)d alternative.", "Offer at most %(n)d alternatives.",
                                   MAX_ALTERNATIVES) % {"n": MAX_ALTERNATIVES}, code="too_many")
    complaint = complaint_lock(complaint=complaint)
    transition_check(complaint=complaint, action=Action.PROPOSE)
    proposal = Proposal.objects.create(complaint=complaint, text=text, alternatives=alternatives,
                                       created_by=actor, created_at=timezone.now())
    transition(complaint=complaint, action=Action.PROPOSE, actor=actor, body=text,
               data={"proposal": proposal.pk, "alternatives": alternatives})
    first_contact_record(complaint=complaint)
    reply_findings_record(complaint=complaint, actor=actor, where="proposal", texts=[text, *alternatives])
    return proposal


def proposal_pending(*, complaint: Complaint) -> Proposal:
    proposal = complaint.proposals.filter(status=Proposal.Status.PENDING).first()
    if proposal is None:
        raise DomainError(_("There is no proposed solution waiting for an answer."), code="no_proposal")
    return proposal


@transaction.atomic(durable=True)
def proposal_answer(*, complaint: Complaint, accept: bool, option: int = 0, reason: str = "",
                    actor: User | None = None) -> Proposal:
    """The customer's answer: through their link (``actor`` None) or recorded by an employee.

    Accepting chooses the solution (option 0) or one of its alternatives; rejecting
    returns the complaint to work with the customer's reason on the timeline.
    """
    if actor is not None:
        permission_require(user=actor, perm=Perm.RECORD_ANSWER, complaint=complaint)
    complaint = complaint_lock(complaint=complaint)
    transition_check(complaint=complaint, action=Action.ACCEPT if accept else Action.REJECT)
    proposal = proposal_pending(complaint=complaint)
    if accept and not 0 <= option < len(proposal.options):
        raise DomainError(_("Choose one of the offered solutions."), code="bad_option")
    if not accept:
        missing = (_("Tell us why the solution does not suit you.") if actor is None
                   else _("Write down why the customer rejected the solution."))
        reason = text_required(reason, limit=2000, missing=missing)
    proposal.status = Proposal.Status.ACCEPTED if accept else Proposal.Status.REJECTED
    proposal.chosen_option = option if accept else None
    proposal.answer_reason = reason.strip()
    proposal.answered_by_customer = actor is None
    proposal.answered_at = timezone.now()
    proposal.save()
    data = {"proposal": proposal.pk, "option": proposal.chosen_option}
    # A policy may stop the clock while the customer considers the proposal (off by default).
    moved = solution_due_after_waiting(complaint=complaint, waited_from=proposal.created_at,
                                       waited_to=proposal.answered_at)
    if moved:
        data.update(old_due_at=complaint.due_at.isoformat(), new_due_at=moved.isoformat(), paused=True)
        complaint.due_at = moved
    transition(
        complaint=complaint, action=Action.ACCEPT if accept else Action.REJECT, actor=actor,
        by_customer=actor is None, body=proposal.chosen_text if accept else proposal.answer_reason,
        data=data, update_fields=("due_at",) if moved else (),
    )
    return proposal
