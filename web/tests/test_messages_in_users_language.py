"""A refusal is shown in the language the employee reads the pages in."""

import pytest
from django.utils import translation

from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from web.tests.pages import action_post, page_messages, transition_refusal


@pytest.mark.django_db
def test_refusal_speaks_the_users_language(client_for, responsible, qms, department):
    # given
    closed = complaint_in_status(status=Status.CLOSED, department=department, driver=qms)
    browser = client_for(responsible)
    browser.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    with translation.override("ru"):
        expected = transition_refusal(action="take", status=Status.CLOSED)
    # when
    response = action_post(browser, closed, "take")
    # then
    assert '<html lang="ru">' in response.content.decode()
    assert page_messages(response) == [("error", expected)]
