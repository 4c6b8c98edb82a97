"""A complaint with a known deadline, and the five-minute job run at a chosen moment.

Registered Monday 2026-11-23 10:00 in Tbilisi on the company's fallback calendar
(Monday to Friday, 9:00–18:00), the solution is due at the end of Thursday 2026-11-26:
one working day is left from Thursday 9:00, two working hours from 16:00.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from complaintdesk.tests.worker import worker_run
from complaints.models import Complaint
from complaints.tests.factories import complaint_make
from deadlines.services import deadline_breaches_mark, deadline_reminders_send

TBILISI = ZoneInfo("Asia/Tbilisi")
REGISTERED = datetime(2026, 11, 23, 10, 0, tzinfo=TBILISI)
DUE = datetime(2026, 11, 26, 18, 0, tzinfo=TBILISI)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of November 2026 in Tbilisi."""
    return datetime(2026, 11, day, hour, minute, tzinfo=TBILISI)


def complaint_registered(**kwargs) -> Complaint:
    with time_machine.travel(REGISTERED, tick=False):
        complaint = complaint_make(**kwargs)
    assert complaint.due_at == DUE
    return complaint



def watch(now: datetime) -> tuple[int, int]:
    """What the five-minute job does at ``now``, then the worker sends the queued e-mails."""
    with time_machine.travel(now, tick=False):
        reminded = deadline_reminders_send(now=now)
        marked = deadline_breaches_mark(now=now)
        worker_run()
    return reminded, marked


def complaint_solved(*, complaint: Complaint, actor, moment: datetime, close: bool = True) -> None:
    """Through the real services at ``moment``: propose, the customer accepts, (close)."""
    from resolution.tests.closing import complaint_close_complete
    from resolution.services import proposal_answer, proposal_create

    with time_machine.travel(moment, tick=False):
        proposal_create(complaint=complaint, actor=actor, text="Redo the update", alternatives=[])
        proposal_answer(complaint=complaint, accept=True)
        if close:
            complaint_close_complete(complaint=complaint, actor=actor)
    complaint.refresh_from_db()
