"""Every seeded complaint's status is where its timeline leads through the state machine."""

from django.utils import timezone

from complaints.choices import Kind, Status
from complaints.models import Interaction
from complaints.workflow import TRANSITIONS
from deadlines.policy import solution_due_at
from deadlines.services.common import utc_iso
from resolution.models import Proposal

# The state machine's own table: which timeline entry means which move.
MOVES = {kind: (sources, target) for sources, target, kind, _audit in TRANSITIONS.values()}


def test_replaying_the_timeline_through_the_state_machine_gives_the_status(seeded):
    # given
    assert len(seeded) == 200
    # when / then
    for complaint in seeded:
        entries = sorted(complaint.interactions.all(), key=lambda i: (i.created_at, i.id))
        assert entries[0].kind == Interaction.Kind.REGISTERED
        assert entries[0].created_at == complaint.created_at
        status = Status.NEW
        for entry in entries[1:]:
            if entry.kind in MOVES:
                sources, target = MOVES[entry.kind]
                assert status in sources, (complaint.tracking_number, status, entry.get_kind_display())
                assert entry.data["from"] == status and entry.data["to"] == target
                status = target
        assert status == complaint.status, complaint.tracking_number
        assert [e.created_at for e in entries] == sorted(e.created_at for e in entries)
        assert entries[-1].created_at <= timezone.now()


def test_closed_complaints_have_owner_outcome_and_closing_time(seeded):
    # given
    closed = [c for c in seeded if c.status == Status.CLOSED]
    # then
    assert len(closed) > 50
    for complaint in closed:
        last_close = max(i.created_at for i in complaint.interactions.all() if i.kind == Interaction.Kind.CLOSED)
        assert complaint.closed_at == last_close
        assert complaint.assignee is not None
        assert complaint.assignee.department_id == complaint.department_id
        assert complaint.validity and complaint.satisfaction and complaint.loyalty
        kinds = {i.kind for i in complaint.interactions.all()}
        assert {Interaction.Kind.REGISTERED, Interaction.Kind.TAKEN, Interaction.Kind.PROPOSED,
                Interaction.Kind.ACCEPTED, Interaction.Kind.CLOSED} <= kinds
        assert any(p.status == Proposal.Status.ACCEPTED for p in complaint.proposals.all())


def test_only_closed_complaints_carry_validity_satisfaction_and_loyalty(seeded):
    # then
    for complaint in seeded:
        if complaint.status != Status.CLOSED:
            assert (complaint.validity, complaint.satisfaction, complaint.loyalty) == ("", "", "")
            assert complaint.closed_at is None


def test_handed_off_appeals_are_not_complaints_and_pending_proposals_wait(seeded):
    # given
    statuses = {c.status for c in seeded}
    # then
    assert {Status.NEW, Status.IN_PROGRESS, Status.CLOSED, Status.HANDED_OFF} <= statuses
    for complaint in seeded:
        if complaint.status == Status.HANDED_OFF:
            assert complaint.kind != Kind.COMPLAINT and complaint.hand_off_to
        else:
            assert complaint.kind == Kind.COMPLAINT
        pending = [p for p in complaint.proposals.all() if p.status == Proposal.Status.PENDING]
        assert len(pending) == (1 if complaint.status == Status.PROPOSED else 0)
        due = solution_due_at(registered_at=complaint.created_at, department_id=complaint.department_id,
                              kind=complaint.kind, origin=complaint.origin, importance=complaint.importance)
        notices = [i for i in complaint.interactions.all() if i.kind == Interaction.Kind.DELAY_NOTICE]
        if notices:  # announced before the deadline, moved to the day of the closing
            assert notices[0].data["old_due_at"] == utc_iso(due)
            assert notices[0].created_at < due < complaint.due_at and complaint.closed_at <= complaint.due_at
        else:
            assert complaint.due_at == due
        if complaint.status != Status.NEW and complaint.status != Status.HANDED_OFF:
            assert complaint.assignee is not None



def test_seeded_open_complaints_past_their_deadline_are_already_escalated(seeded):
    """The first live breach scan after seeding has nothing old to catch up on."""
    now = timezone.now()
    late = [c for c in seeded if c.is_open and c.due_at < now]
    assert late
    assert all(c.overdue_at is not None for c in late)
