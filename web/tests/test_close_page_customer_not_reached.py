"""A proposal the customer never answers: the page offers closing, which needs two calls after the proposal."""

import pytest

from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from resolution.tests.closing import investigation_record
from web.tests.pages import action_post, page_messages

CLOSE_FORM = {"resolution": "Reports restored; the customer did not answer", "satisfaction": "partly",
              "loyalty": "undecided", "thanked": "skipped", "offered": "skipped", "no_remedy": "on"}


def call(browser, complaint):
    action_post(browser, complaint, "note", {"entry": "call", "body": "No answer"})


@pytest.mark.django_db
def test_closed_after_two_calls_nobody_answered(client_for, responsible, department):
    # given
    proposed = complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible)
    investigation_record(complaint=proposed, actor=responsible)
    browser = client_for(responsible)
    assert "closing needs at least two calls" in browser.get(proposed.get_absolute_url()).content.decode()
    call(browser, proposed)
    call(browser, proposed)
    # when
    response = action_post(browser, proposed, "close", CLOSE_FORM)
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.CLOSED
    assert page_messages(response) == [("success", "The complaint is closed.")]
    assert proposed.interactions.last().data["customer_reached"] is False


@pytest.mark.django_db
def test_one_call_is_refused_with_the_reason(client_for, responsible, department):
    # given
    proposed = complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible)
    investigation_record(complaint=proposed, actor=responsible)
    browser = client_for(responsible)
    call(browser, proposed)
    # when
    response = action_post(browser, proposed, "close", CLOSE_FORM)
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED
    assert page_messages(response) == [("error", "The customer has not accepted the solution: record at least two "
                                                 "calls trying to reach them after the last proposal.")]
