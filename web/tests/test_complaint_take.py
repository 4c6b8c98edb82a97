"""Take into work: the responsible becomes the named owner; others are refused with a message."""

import pytest
from django.urls import reverse

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from web.tests.pages import action_post, page_messages, transition_refusal


@pytest.mark.django_db
def test_responsible_takes_the_complaint(client_for, responsible, complaint):
    # given
    browser = client_for(responsible)
    assert 'id="take-form"' in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "take")
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.assignee == responsible
    assert page_messages(response) == [("success", "You are now responsible for this complaint.")]
    assert complaint.interactions.last().kind == Interaction.Kind.TAKEN
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_TAKEN, actor=responsible).count() == 1
    assert 'id="take-form"' not in response.content.decode()


@pytest.mark.django_db
def test_agent_may_not_take(client_for, agent, complaint):
    # given
    browser = client_for(agent)
    assert 'id="take-form"' not in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "take")
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.NEW and complaint.assignee is None
    assert page_messages(response) == [("error", "You may not take this complaint.")]


@pytest.mark.django_db
def test_closed_complaint_cannot_be_taken(client_for, responsible, qms, department):
    # given
    closed = complaint_in_status(status=Status.CLOSED, department=department, driver=qms)
    # when
    response = action_post(client_for(responsible), closed, "take")
    # then
    closed.refresh_from_db()
    assert closed.status == Status.CLOSED
    assert page_messages(response) == [("error", transition_refusal(action="take", status=Status.CLOSED))]


@pytest.mark.django_db
def test_actions_take_post_only(client_for, responsible, complaint):
    # when
    response = client_for(responsible).get(reverse("web:take", kwargs={"number": complaint.tracking_number}))
    # then
    assert response.status_code == 405
    assert complaint.interactions.count() == 1
