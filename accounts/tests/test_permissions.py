"""Every role × every action on a complaint of their own department and of another one."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.errors import NotFound, PermissionDenied
from complaints.choices import Kind, Status
from complaints.selectors import complaint_access
from complaints.services import (
    complaint_close,
    complaint_hand_off,
    complaint_note_add,
    complaint_reopen,
    complaint_script_update,
    complaint_take,
)
from complaints.tests.states import complaint_in_status
from resolution.investigation import complaint_investigation_record
from resolution.models import RemedyType, RootCause
from resolution.remedies import remedy_give
from resolution.services import proposal_answer, proposal_create
from resolution.tests.closing import CLOSE_ANSWERS, investigation_record

# action: (status the complaint must be in, the call)
ACTIONS = {
    "view": (Status.NEW, lambda c, u: complaint_access(user=u, number=c.tracking_number)),
    "note": (Status.NEW, lambda c, u: complaint_note_add(complaint=c, actor=u, body="Called back", is_call=True)),
    "script": (Status.NEW, lambda c, u: complaint_script_update(complaint=c, actor=u, steps=["listen"])),
    "take": (Status.NEW, lambda c, u: complaint_take(complaint=c, actor=u)),
    "propose": (Status.IN_PROGRESS,
                lambda c, u: proposal_create(complaint=c, actor=u, text="Refund", alternatives=[])),
    "record_answer": (Status.PROPOSED, lambda c, u: proposal_answer(complaint=c, accept=True, actor=u)),
    "investigate": (Status.IN_PROGRESS, lambda c, u: complaint_investigation_record(
        complaint=c, actor=u, validity="justified", root_cause=RootCause.objects.get(code="process"))),
    "give_remedy": (Status.IN_PROGRESS, lambda c, u: remedy_give(
        complaint=c, actor=u, remedy_type=RemedyType.objects.get(code="apology"))),
    # The investigation is recorded by the complaint's owner first: closing needs it.
    "close": (Status.ACCEPTED, lambda c, u: (investigation_record(complaint=c, actor=c.assignee),
                                             complaint_close(complaint=c, actor=u, **CLOSE_ANSWERS))),
    "reopen": (Status.CLOSED, lambda c, u: complaint_reopen(complaint=c, actor=u, reason="Again")),
    "hand_off": (Status.NEW, lambda c, u: complaint_hand_off(complaint=c, actor=u, kind=Kind.INTEREST)),
}
ALL = set(ACTIONS)
HANDLING = ALL
# (role, where the complaint is) → the actions allowed. "registered": the agent registered it.
TABLE = {
    ("agent", "registered"): {"view", "note", "script"},
    ("agent", "own_department"): set(),
    ("agent", "other_department"): set(),
    ("responsible", "own_department"): HANDLING,
    ("responsible", "other_department"): set(),
    ("responsible", "registered_elsewhere"): {"view", "note", "script"},
    ("head", "registered_elsewhere"): {"view", "note", "script"},
    ("head", "own_department"): HANDLING,
    ("head", "other_department"): set(),
    ("qms", "own_department"): ALL,
    ("qms", "other_department"): ALL,
    ("admin", "other_department"): ALL,
}
CASES = [(role, where, action) for (role, where) in TABLE for action in ACTIONS]


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "where", "action"), CASES, ids=["-".join(c) for c in CASES])
def test_permission(role, where, action, department, other_department, qms):
    # given
    actor = UserFactory(role=role, department=department if role != "qms" else None)
    status, call = ACTIONS[action]
    target = other_department if where in ("other_department", "registered_elsewhere") else department
    registered_by = actor if where in ("registered", "registered_elsewhere") else None
    complaint = complaint_in_status(status=status, department=target, driver=qms, registered_by=registered_by)
    allowed = action in TABLE[(role, where)]
    # when / then
    if allowed:
        call(complaint, actor)
    else:
        visible = TABLE[(role, where)] and "view" in TABLE[(role, where)]
        with pytest.raises(PermissionDenied if visible else (PermissionDenied, NotFound)):
            call(complaint, actor)


@pytest.mark.django_db
def test_not_visible_and_missing_look_the_same(complaint, other_department):
    """Probing tracking numbers of other departments tells nothing."""
    outsider = UserFactory(role=User.Role.RESPONSIBLE, department=other_department)
    with pytest.raises(NotFound) as hidden:
        complaint_access(user=outsider, number=complaint.tracking_number)
    with pytest.raises(NotFound) as missing:
        complaint_access(user=outsider, number="CD-1999-000001")
    assert str(hidden.value).replace(complaint.tracking_number, "#") == str(missing.value).replace(
        "CD-1999-000001", "#")
