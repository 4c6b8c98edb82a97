"""Propose a solution with alternatives; only when the complaint is in work, and only by those who handle it."""

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.services import complaint_take
from web.tests.pages import action_post, page_messages, page_text, transition_refusal


@pytest.mark.django_db
def test_responsible_proposes_with_alternatives(client_for, responsible, complaint):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    browser = client_for(responsible)
    assert 'id="propose-form"' in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "propose", {
        "text": "Restore the reports from last night's backup", "alternative_1": "A full refund",
        "alternative_2": "", "alternative_3": "Three months free",
    })
    # then
    complaint.refresh_from_db()
    proposal = complaint.proposals.get()
    assert complaint.status == Status.PROPOSED
    assert proposal.options == ["Restore the reports from last night's backup", "A full refund", "Three months free"]
    assert page_messages(response) == [
        ("success", "The solution is proposed. The customer can answer through their link.")]
    assert "A full refund" in page_text(response)
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_PROPOSED, actor=responsible).count() == 1
    assert 'id="answer-form"' in response.content.decode()


@pytest.mark.django_db
def test_proposal_before_taking_is_refused(client_for, responsible, complaint):
    # given
    assert 'id="propose-form"' not in client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(responsible), complaint, "propose", {"text": "Redo it"})
    # then
    assert page_messages(response) == [("error", transition_refusal(action="propose", status=Status.NEW))]
    assert not complaint.proposals.exists()


@pytest.mark.django_db
def test_empty_proposal_is_refused(client_for, responsible, complaint):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when
    response = action_post(client_for(responsible), complaint, "propose", {"text": " "})
    # then
    assert page_messages(response) == [("error", "Describe the solution you propose.")]
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS


@pytest.mark.django_db
def test_agent_may_not_propose(client_for, agent, responsible, complaint):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when
    response = action_post(client_for(agent), complaint, "propose", {"text": "Redo it"})
    # then
    assert page_messages(response) == [("error", "You may not propose a solution for this complaint.")]
    assert not complaint.proposals.exists()


@pytest.mark.django_db
def test_the_wanted_outcome_stands_next_to_the_proposal(client_for, responsible, complaint):
    """PRODUCT.md: find out what outcome the customer wants; issue 4: shown next to the proposal."""
    complaint_take(complaint=complaint, actor=responsible)
    page = client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    assert 'id="propose-wanted"' in page and "Repair or redo the work" in page
