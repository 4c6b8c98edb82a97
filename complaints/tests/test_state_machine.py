"""Every action from every status: allowed ones move the complaint, the rest are refused with a message."""

import pytest

from complaintdesk.errors import InvalidTransition
from complaints.choices import Kind, Status
from complaints.services import (
    complaint_close,
    complaint_hand_off,
    complaint_note_add,
    complaint_reopen,
    complaint_take,
)
from complaints.tests.states import complaint_in_status
from resolution.investigation import IN_WORK
from resolution.services import proposal_answer, proposal_create
from resolution.tests.closing import CLOSE_ANSWERS, investigation_record

S = Status
# status → {action: status after it}; an action missing from a row is refused in that status.
TABLE = {
    S.NEW: {"take": S.IN_PROGRESS, "hand_off": S.HANDED_OFF},
    S.IN_PROGRESS: {"take": S.IN_PROGRESS, "propose": S.PROPOSED, "hand_off": S.HANDED_OFF},
    # Closing a proposed complaint: the customer could not be reached (two calls after the proposal).
    S.PROPOSED: {"accept": S.ACCEPTED, "reject": S.IN_PROGRESS, "close": S.CLOSED},
    S.ACCEPTED: {"close": S.CLOSED},
    S.CLOSED: {"reopen": S.IN_PROGRESS},
    S.HANDED_OFF: {},
}
ACTIONS = {
    "take": lambda c, u: complaint_take(complaint=c, actor=u),
    "propose": lambda c, u: proposal_create(complaint=c, actor=u, text="A new report", alternatives=[]),
    "accept": lambda c, u: proposal_answer(complaint=c, accept=True, actor=u),
    "reject": lambda c, u: proposal_answer(complaint=c, accept=False, reason="Not enough", actor=u),
    "close": lambda c, u: complaint_close(complaint=c, actor=u, **CLOSE_ANSWERS),
    "reopen": lambda c, u: complaint_reopen(complaint=c, actor=u, reason="It broke again"),
    "hand_off": lambda c, u: complaint_hand_off(complaint=c, actor=u, kind=Kind.INQUIRY),
}
CASES = [(status, action) for status in TABLE for action in ACTIONS]


def closing_prepare(complaint, user) -> None:
    """Everything closing needs besides the status, wherever it can be recorded."""
    if complaint.status in IN_WORK:
        investigation_record(complaint=complaint, actor=user)
    if complaint.status == S.PROPOSED:
        for _ in range(2):
            complaint_note_add(complaint=complaint, actor=user, body="No answer", is_call=True)


@pytest.mark.django_db
@pytest.mark.parametrize(("status", "action"), CASES, ids=[f"{s}-{a}" for s, a in CASES])
def test_transition(status, action, department, qms):
    # given
    complaint = complaint_in_status(status=status, department=department, driver=qms)
    if action == "close":
        closing_prepare(complaint, qms)
    timeline_before = complaint.interactions.count()
    expected = TABLE[status].get(action)
    # when / then
    if expected is None:
        with pytest.raises(InvalidTransition, match="is not possible while the complaint is"):
            ACTIONS[action](complaint, qms)
        complaint.refresh_from_db()
        assert complaint.status == status
        assert complaint.interactions.count() == timeline_before
    else:
        ACTIONS[action](complaint, qms)
        complaint.refresh_from_db()
        assert complaint.status == expected
        assert complaint.interactions.count() == timeline_before + 1


@pytest.mark.django_db
def test_refusal_is_translated(department, qms):
    """The refusal speaks the user's language."""
    from django.utils import translation

    complaint = complaint_in_status(status=Status.NEW, department=department, driver=qms)
    with translation.override("ru"), pytest.raises(InvalidTransition) as refused:
        complaint_close(complaint=complaint, actor=qms)
    assert str(refused.value.message) != "" and "is not possible" not in str(refused.value.message)
