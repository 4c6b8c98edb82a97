"""The deadline scan reads open complaints in (due_at, id) order, batch after batch, missing none."""

import time_machine

from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from deadlines.services.scan import open_complaints_due

from .deadline_watch import at, complaint_registered, complaint_solved


def test_batches_cover_every_open_complaint_once_even_with_equal_deadlines(department, agent, responsible):
    # given: seven complaints due at the same moment (one of them closed) and one due a day later
    same = [complaint_registered(department=department, registered_by=agent) for _ in range(7)]
    complaint_take(complaint=same[2], actor=responsible)
    complaint_solved(complaint=same[2], actor=responsible, moment=at(24, 12))
    with time_machine.travel(at(24, 10), tick=False):
        later = complaint_make(department=department, registered_by=agent)
    # when
    batches = list(open_complaints_due(until=at(30, 0), batch_size=3))
    # then
    assert [len(batch) for batch in batches] == [3, 3, 1]
    expected = sorted(c.pk for c in same if c.pk != same[2].pk) + [later.pk]
    assert [c.pk for batch in batches for c in batch] == expected


def test_the_scan_window_is_half_open(department, agent):
    # given
    complaint = complaint_registered(department=department, registered_by=agent)
    # then: due at Thursday 18:00, so in (before, 18:00] and not in (18:00, later]
    assert [c.pk for b in open_complaints_due(after=at(26, 17), until=at(26, 18)) for c in b] == [complaint.pk]
    assert list(open_complaints_due(after=at(26, 18), until=at(27, 18))) == []
