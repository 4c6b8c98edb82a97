from complaints.models import Complaint

from .models import Proposal, Remedy


def proposal_latest(*, complaint: Complaint) -> Proposal | None:
    """The newest proposal, whatever its answer."""
    return complaint.proposals.select_related("created_by").order_by("-created_at", "-id").first()


def remedies_of_complaint(*, complaint: Complaint) -> list[Remedy]:
    """The remedies given, oldest first, with their type (one query)."""
    return list(complaint.remedies.select_related("type", "approved_by").order_by("created_at", "id"))
