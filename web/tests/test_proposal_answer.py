"""Record the customer's answer given by phone: accept one of the options, or reject with a reason."""

import pytest

from complaints.choices import Status
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from resolution.models import Proposal
from web.tests.pages import action_post, page_messages, page_text


@pytest.fixture
def proposed(department, responsible):
    return complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible)


@pytest.mark.django_db
def test_acceptance_of_an_alternative_is_recorded(client_for, responsible, proposed):
    # given
    page = client_for(responsible).get(proposed.get_absolute_url()).content.decode()
    assert 'id="answer-form"' in page and 'value="1"' in page
    # when
    response = action_post(client_for(responsible), proposed, "answer", {"answer": "accept", "option": "1"})
    # then
    proposed.refresh_from_db()
    proposal = proposed.proposals.get()
    assert proposed.status == Status.ACCEPTED
    assert (proposal.status, proposal.chosen_option, proposal.answered_by_customer) == (
        Proposal.Status.ACCEPTED, 1, False)
    assert page_messages(response) == [("success", "The customer's acceptance is recorded: A refund")]
    entry = proposed.interactions.last()
    assert (entry.kind, entry.actor, entry.by_customer) == (Interaction.Kind.ACCEPTED, responsible, False)
    assert 'id="close-form"' in response.content.decode()


@pytest.mark.django_db
def test_rejection_with_a_reason_returns_it_to_work(client_for, responsible, proposed):
    # when
    response = action_post(client_for(responsible), proposed, "answer",
                           {"answer": "reject", "reason": "We need it fixed today"})
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.IN_PROGRESS
    assert page_messages(response) == [
        ("success", "The customer's rejection is recorded. The complaint is back in work.")]
    assert "We need it fixed today" in page_text(response)
    assert 'id="propose-form"' in response.content.decode()


@pytest.mark.django_db
def test_rejection_without_a_reason_is_refused(client_for, responsible, proposed):
    # when
    response = action_post(client_for(responsible), proposed, "answer", {"answer": "reject", "reason": ""})
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED
    assert page_messages(response) == [("error", "Write down why the customer rejected the solution.")]


@pytest.mark.django_db
def test_option_not_offered_is_refused(client_for, responsible, proposed):
    # when
    response = action_post(client_for(responsible), proposed, "answer", {"answer": "accept", "option": "4"})
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED
    assert page_messages(response) == [("error", "Choose one of the offered solutions.")]


@pytest.mark.django_db
def test_agent_may_not_record_the_answer(client_for, agent, department, responsible):
    # given
    mine = complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible,
                               registered_by=agent)
    assert 'id="answer-form"' not in client_for(agent).get(mine.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(agent), mine, "answer", {"answer": "accept", "option": "0"})
    # then
    mine.refresh_from_db()
    assert mine.status == Status.PROPOSED
    assert page_messages(response) == [("error", "You may not record the customer's answer on this complaint.")]
