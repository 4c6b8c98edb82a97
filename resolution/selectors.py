from complaints.models import Complaint

from .models import Proposal


def proposal_latest(*, complaint: Complaint) -> Proposal | None:
    """The newest proposal, whatever its answer."""
    return complaint.proposals.select_related("created_by").order_by("-created_at", "-id").first()
