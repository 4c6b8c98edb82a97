"""Whoever routing or a transfer named as owner can take the new complaint into work from its page."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.choices import Status
from complaints.tests.factories import complaint_fields
from intake.services import complaint_register
from web.tests.pages import action_post, page_messages


@pytest.mark.django_db
def test_the_speaker_routing_chose_takes_it_into_work(client_for, department):
    # given: routed to the only Georgian speaker of support
    dato = UserFactory(username="dato", role=User.Role.RESPONSIBLE, department=department, languages=["ka"])
    complaint = complaint_register(channel="web", fields=complaint_fields(), registered_by=None, language="ka")
    assert (complaint.assignee, complaint.status) == (dato, Status.NEW)
    browser = client_for(dato)
    assert 'id="take-form"' in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "take")
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS
    assert page_messages(response) == [("success", "You are now responsible for this complaint.")]
    assert 'id="take-form"' not in response.content.decode()
