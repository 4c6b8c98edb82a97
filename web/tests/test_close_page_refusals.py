"""The close form names every missing piece, one message each, in the employee's language."""

import pytest

from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from resolution.tests.closing import investigation_record
from web.tests.pages import action_post, page_messages


@pytest.mark.django_db
def test_an_empty_close_form_names_each_missing_piece(client_for, responsible, department):
    # given
    accepted = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    # when
    response = action_post(client_for(responsible), accepted, "close", {})
    # then
    accepted.refresh_from_db()
    assert accepted.status == Status.ACCEPTED
    assert page_messages(response) == [("error", text) for text in [
        "Record whether the complaint is justified.",
        "Record the root cause.",
        "Write the resolution: what was done for the customer.",
        "Record the remedies given, or confirm that no remedy was given.",
        "Record how satisfied the customer is with the solution.",
        "Record whether the customer will keep working with us.",
        "Say whether the customer was thanked for raising the complaint.",
        "Say whether a relevant product, service or event was offered.",
    ]]


@pytest.mark.django_db
def test_the_form_keeps_asking_for_what_is_still_missing(client_for, responsible, department):
    # given
    accepted = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    investigation_record(complaint=accepted, actor=responsible)
    # when
    response = action_post(client_for(responsible), accepted, "close",
                           {"resolution": "Reports restored", "satisfaction": "satisfied", "loyalty": "no",
                            "thanked": "done", "offered": "done"})
    # then
    assert page_messages(response) == [("error", "Record the remedies given, or confirm that no remedy was given.")]


@pytest.mark.django_db
def test_the_close_form_shows_all_its_questions(client_for, responsible, department):
    # given
    accepted = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    # when
    page = client_for(responsible).get(accepted.get_absolute_url()).content.decode()
    # then
    for name in ("resolution", "satisfaction", "loyalty", "thanked", "offered", "no_remedy"):
        assert f'name="{name}"' in page
