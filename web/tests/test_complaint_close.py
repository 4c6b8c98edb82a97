"""Close once the customer accepted and everything is recorded; before that the page refuses with a message."""

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from resolution.tests.closing import investigation_record
from web.tests.pages import action_post, page_messages, transition_refusal

CLOSE_FORM = {"resolution": "Reports restored", "satisfaction": "satisfied", "loyalty": "yes",
              "thanked": "done", "offered": "skipped", "no_remedy": "on"}


@pytest.mark.django_db
def test_responsible_closes_an_accepted_complaint(client_for, responsible, department):
    # given
    accepted = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    investigation_record(complaint=accepted, actor=responsible)
    assert 'id="close-form"' in client_for(responsible).get(accepted.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(responsible), accepted, "close", CLOSE_FORM)
    # then
    accepted.refresh_from_db()
    assert accepted.status == Status.CLOSED and accepted.closed_at is not None
    assert page_messages(response) == [("success", "The complaint is closed.")]
    assert accepted.interactions.last().body == "Reports restored"
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_CLOSED, actor=responsible).count() == 1
    assert 'id="reopen-form"' in response.content.decode()


@pytest.mark.django_db
def test_closing_before_acceptance_is_refused(client_for, responsible, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    assert 'id="close-form"' not in client_for(responsible).get(in_work.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(responsible), in_work, "close", CLOSE_FORM)
    # then
    in_work.refresh_from_db()
    assert in_work.status == Status.IN_PROGRESS
    assert page_messages(response) == [("error", transition_refusal(action="close", status=Status.IN_PROGRESS))]


@pytest.mark.django_db
def test_agent_may_not_close(client_for, agent, responsible, department):
    # given
    accepted = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible,
                                   registered_by=agent)
    # when
    response = action_post(client_for(agent), accepted, "close", CLOSE_FORM)
    # then
    accepted.refresh_from_db()
    assert accepted.status == Status.ACCEPTED
    assert page_messages(response) == [("error", "You may not close this complaint.")]
