"""Reopen a closed complaint, with a reason."""

import pytest

from complaints.choices import Status
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from web.tests.pages import action_post, page_messages, transition_refusal


@pytest.fixture
def closed(department, responsible):
    return complaint_in_status(status=Status.CLOSED, department=department, driver=responsible)


@pytest.mark.django_db
def test_head_reopens_with_a_reason(client_for, head, closed):
    # when
    response = action_post(client_for(head), closed, "reopen", {"reason": "The customer called: broken again"})
    # then
    closed.refresh_from_db()
    assert closed.status == Status.IN_PROGRESS and closed.reopen_count == 1
    assert page_messages(response) == [("success", "The complaint is reopened.")]
    entry = closed.interactions.last()
    assert (entry.kind, entry.body, entry.actor) == (Interaction.Kind.REOPENED, "The customer called: broken again",
                                                     head)


@pytest.mark.django_db
def test_reopening_without_a_reason_is_refused(client_for, head, closed):
    # when
    response = action_post(client_for(head), closed, "reopen", {"reason": ""})
    # then
    closed.refresh_from_db()
    assert closed.status == Status.CLOSED
    assert page_messages(response) == [("error", "Say why the complaint is reopened.")]


@pytest.mark.django_db
def test_open_complaint_cannot_be_reopened(client_for, head, complaint):
    # when
    response = action_post(client_for(head), complaint, "reopen", {"reason": "Again"})
    # then
    assert page_messages(response) == [("error", transition_refusal(action="reopen", status=Status.NEW))]
