"""What closing a complaint requires (PRODUCT.md, Resolution and restoring trust).

Each missing piece is named in its own translated sentence; ``complaints.services.complaint_close``
refuses with all of them at once.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from complaints.choices import Loyalty, Satisfaction, Status
from complaints.models import Complaint, Interaction

from .models import Proposal

CALLS_BEFORE_CLOSING_UNREACHED = 2


@dataclass(frozen=True, kw_only=True)
class ClosingAnswers:
    """What the responsible states at closing; ``thanked``/``offered`` None means not answered."""

    resolution: str = ""
    satisfaction: str = ""
    loyalty: str = ""
    thanked: bool | None = None
    offered: bool | None = None
    no_remedy: bool = False


def calls_after_last_proposal(*, complaint: Complaint) -> int:
    proposal = complaint.proposals.order_by("-created_at", "-id").first()
    if proposal is None or proposal.status != Proposal.Status.PENDING:
        return 0
    return complaint.interactions.filter(kind=Interaction.Kind.CALL, created_at__gte=proposal.created_at).count()


def closing_missing(*, complaint: Complaint, answers: ClosingAnswers) -> list[str]:
    """The sentences naming what is still missing; empty when the complaint may be closed."""
    missing = []
    if not complaint.validity:
        missing.append(_("Record whether the complaint is justified."))
    if complaint.root_cause_id is None:
        missing.append(_("Record the root cause."))
    if not answers.resolution.strip():
        missing.append(_("Write the resolution: what was done for the customer."))
    if not answers.no_remedy and not complaint.remedies.exists():
        missing.append(_("Record the remedies given, or confirm that no remedy was given."))
    if (complaint.status != Status.ACCEPTED
            and calls_after_last_proposal(complaint=complaint) < CALLS_BEFORE_CLOSING_UNREACHED):
        missing.append(_("The customer has not accepted the solution: record at least two calls trying to "
                         "reach them after the last proposal."))
    if answers.satisfaction not in Satisfaction.values:
        missing.append(_("Record how satisfied the customer is with the solution."))
    if answers.loyalty not in Loyalty.values:
        missing.append(_("Record whether the customer will keep working with us."))
    if answers.thanked is None:
        missing.append(_("Say whether the customer was thanked for raising the complaint."))
    if answers.offered is None:
        missing.append(_("Say whether a relevant product, service or event was offered."))
    return [str(m) for m in missing]
