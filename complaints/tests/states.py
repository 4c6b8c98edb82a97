"""Reach each status through the real services (never by writing rows)."""

from accounts.models import User
from complaints.choices import Kind, Status
from complaints.models import Complaint
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from resolution.services import proposal_answer, proposal_create
from resolution.tests.closing import complaint_close_complete
from routing.models import Department

PATH = [Status.NEW, Status.IN_PROGRESS, Status.PROPOSED, Status.ACCEPTED, Status.CLOSED]


def complaint_in_status(*, status: str, department: Department, driver: User,
                        registered_by: User | None = None) -> Complaint:
    """A complaint of ``department`` brought to ``status`` by ``driver`` (who may do everything)."""
    if status == Status.HANDED_OFF:
        return complaint_make(department=department, registered_by=registered_by, kind=Kind.OBJECTION)
    complaint = complaint_make(department=department, registered_by=registered_by)
    steps = {
        Status.IN_PROGRESS: lambda: complaint_take(complaint=complaint, actor=driver),
        Status.PROPOSED: lambda: proposal_create(complaint=complaint, actor=driver, text="Redo the update",
                                                 alternatives=["A refund"]),
        Status.ACCEPTED: lambda: proposal_answer(complaint=complaint, accept=True),
        Status.CLOSED: lambda: complaint_close_complete(complaint=complaint, actor=driver),
    }
    for step in PATH[1:PATH.index(status) + 1]:
        steps[step]()
    complaint.refresh_from_db()
    assert complaint.status == status
    return complaint
