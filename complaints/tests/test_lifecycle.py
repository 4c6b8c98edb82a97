import pytest

from audit.services import audit_chain_verify
from complaints.choices import Status
from complaints.models import Interaction
from complaints.services import complaint_close, complaint_reopen, complaint_take
from resolution.tests.closing import CLOSE_ANSWERS, investigation_record
from resolution.services import proposal_answer, proposal_create


@pytest.mark.django_db
def test_a_complaint_goes_from_registration_to_closing_and_back(complaint, responsible):
    """Register, take, propose, reject, propose again, accept, investigate, close, reopen: each on the timeline."""
    # given
    assert complaint.status == Status.NEW
    assert complaint.tracking_number.startswith("CD-")
    # when
    complaint_take(complaint=complaint, actor=responsible)
    proposal_create(complaint=complaint, actor=responsible, text="Fix the report", alternatives=["Refund"])
    proposal_answer(complaint=complaint, accept=False, reason="Too slow")
    proposal_create(complaint=complaint, actor=responsible, text="Fix it today", alternatives=[])
    proposal_answer(complaint=complaint, accept=True)
    investigation_record(complaint=complaint, actor=responsible)
    complaint_close(complaint=complaint, actor=responsible, **CLOSE_ANSWERS)
    complaint.refresh_from_db()
    closed_at = complaint.closed_at
    complaint_reopen(complaint=complaint, actor=responsible, reason="The customer called again")
    # then
    complaint.refresh_from_db()
    assert closed_at is not None
    assert complaint.status == Status.IN_PROGRESS
    assert complaint.reopen_count == 1
    kinds = list(complaint.interactions.values_list("kind", flat=True))
    K = Interaction.Kind
    assert kinds == [K.REGISTERED, K.TAKEN, K.PROPOSED, K.REJECTED, K.PROPOSED, K.ACCEPTED, K.INVESTIGATED, K.CLOSED,
                     K.REOPENED]
    assert audit_chain_verify() is None
