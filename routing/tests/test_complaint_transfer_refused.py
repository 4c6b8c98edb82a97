"""A transfer is refused, with a message saying why, unless it names a reason, a fitting owner and a permitted actor."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Interaction
from complaints.services import complaint_take
from resolution.tests.closing import complaint_close_complete
from resolution.services import proposal_answer, proposal_create
from routing.services import complaint_transfer

EXPLANATION = "Giorgi from sales will call you today."


@pytest.fixture
def giorgi(other_department):
    return UserFactory(username="giorgi", role=User.Role.RESPONSIBLE, department=other_department)


def transfer(complaint, actor, **kwargs):
    arguments = {"reason": "Sales issued the invoice", "customer_explanation": EXPLANATION, **kwargs}
    return complaint_transfer(complaint=complaint, actor=actor, **arguments)


def assert_not_transferred(complaint, department) -> None:
    complaint.refresh_from_db()
    assert complaint.department == department
    assert not complaint.interactions.filter(kind=Interaction.Kind.TRANSFERRED).exists()


@pytest.mark.parametrize("reason", ["", "   "])
def test_without_a_reason(complaint, responsible, giorgi, department, reason):
    with pytest.raises(DomainError, match="Say why the complaint is transferred."):
        transfer(complaint, responsible, to_user=giorgi, reason=reason)
    assert_not_transferred(complaint, department)


def test_without_telling_the_customer(complaint, responsible, giorgi, department):
    with pytest.raises(DomainError, match="Write what the customer will be told: who handles the complaint now"):
        transfer(complaint, responsible, to_user=giorgi, customer_explanation=" ")
    assert_not_transferred(complaint, department)


def test_by_someone_who_does_not_handle_complaints(complaint, agent, giorgi, department):
    # given: the agent registered it and may see it, but not handle it
    with pytest.raises(PermissionDenied, match="You may not transfer this complaint."):
        transfer(complaint, agent, to_user=giorgi)
    assert_not_transferred(complaint, department)


def test_by_a_responsible_of_another_department(complaint, giorgi, department):
    with pytest.raises(PermissionDenied, match="You may not transfer this complaint."):
        transfer(complaint, giorgi, to_user=giorgi)
    assert_not_transferred(complaint, department)


def test_to_someone_who_has_left(complaint, responsible, giorgi, department):
    # given
    giorgi.is_active = False
    giorgi.save(update_fields=["is_active"])
    # when / then
    with pytest.raises(DomainError, match="is not an active responsible person or head of Sales"):
        transfer(complaint, responsible, to_user=giorgi)
    assert_not_transferred(complaint, department)


def test_to_a_person_of_another_department_than_the_one_chosen(complaint, responsible, giorgi, department):
    # given: Giorgi works in sales, the department chosen is support
    outsider = UserFactory(username="outsider", role=User.Role.RESPONSIBLE)
    # when / then
    with pytest.raises(DomainError, match="is not an active responsible person or head of Support"):
        transfer(complaint, responsible, to_user=giorgi, to_department=department)
    with pytest.raises(DomainError, match="is not an active responsible person or head of Support"):
        transfer(complaint, responsible, to_user=outsider, to_department=department)
    assert_not_transferred(complaint, department)


def test_to_an_agent(complaint, responsible, other_department, department):
    # given
    clerk = UserFactory(username="clerk", role=User.Role.AGENT, department=other_department)
    # when / then
    with pytest.raises(DomainError, match="is not an active responsible person or head of Sales"):
        transfer(complaint, responsible, to_user=clerk)
    assert_not_transferred(complaint, department)


def test_to_nobody_and_nowhere(complaint, responsible, department):
    with pytest.raises(DomainError, match="Choose the person or the department to transfer the complaint to."):
        transfer(complaint, responsible)
    assert_not_transferred(complaint, department)


def test_to_where_it_already_is(complaint, responsible, department):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when / then
    with pytest.raises(DomainError, match="The complaint is already there."):
        transfer(complaint, responsible, to_user=responsible)
    assert_not_transferred(complaint, department)


def test_a_closed_complaint(complaint, responsible, giorgi, department):
    # given: solved, accepted and closed
    complaint_take(complaint=complaint, actor=responsible)
    proposal_create(complaint=complaint, actor=responsible, text="Redo the update", alternatives=[])
    proposal_answer(complaint=complaint, accept=True, actor=responsible)
    complaint_close_complete(complaint=complaint, actor=responsible)
    # when / then
    with pytest.raises(DomainError, match="Only an open complaint can be transferred."):
        transfer(complaint, responsible, to_user=giorgi)
    assert_not_transferred(complaint, department)
