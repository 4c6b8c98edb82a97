"""A delay notice is refused, with its reason, when it cannot be given."""

from datetime import date

import pytest
import time_machine

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Interaction
from complaints.services import complaint_take
from deadlines.services import deadline_extend

from .deadline_watch import DUE, at, complaint_registered, complaint_solved


@pytest.fixture
def owned(department, agent, responsible):
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def extend(complaint, actor, new_date, reason="Waiting for the vendor", moment=None):
    with time_machine.travel(moment or at(25, 12), tick=False):
        return deadline_extend(complaint=complaint, actor=actor, reason=reason, new_due_at=new_date,
                               customer_message="")


@pytest.mark.parametrize(("reason", "new_date", "message"), [
    ("", date(2026, 11, 30), "Say why the solution will be late."),
    ("   ", date(2026, 11, 30), "Say why the solution will be late."),
    ("Waiting", None, "Choose the new date of the solution."),
    ("Waiting", date(2026, 11, 20), "The new date must be in the future."),
    ("Waiting", date(2026, 11, 26), "The new date must be later than the current deadline, 26 November 2026, 18:00."),
    ("Waiting", date(2026, 11, 25), "The new date must be later than the current deadline, 26 November 2026, 18:00."),
    ("Waiting", date(2026, 11, 28), "28 November 2026 is not a working day. Choose a working day."),
])
def test_refused_with_its_message(owned, responsible, reason, new_date, message):
    # when
    with pytest.raises(DomainError) as refusal:
        extend(owned, responsible, new_date, reason=reason)
    # then
    assert str(refusal.value.message) == message
    owned.refresh_from_db()
    assert owned.due_at == DUE
    assert not Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.DELAY_NOTICE).exists()


def test_a_closed_complaint_keeps_its_date(owned, responsible):
    # given
    complaint_solved(complaint=owned, actor=responsible, moment=at(25, 10))
    # when
    with pytest.raises(DomainError, match="A delay can be announced only while the complaint is open."):
        extend(owned, responsible, date(2026, 11, 30))


@pytest.mark.parametrize("role", ["agent", "other_responsible"])
def test_only_those_who_handle_the_complaint_may_announce_a_delay(owned, agent, other_department, role):
    # given: the agent who registered it, and a responsible of another department
    actor = agent if role == "agent" else UserFactory(role=User.Role.RESPONSIBLE, department=other_department)
    # when
    with pytest.raises(PermissionDenied, match="You may not announce a delay on this complaint."):
        extend(owned, actor, date(2026, 11, 30))
