"""A complaint nobody in its department can speak to is flagged on its page and found by a queue filter."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_fields, complaint_make
from intake.services import complaint_register
from web.tests.pages import page_text, queue_numbers


@pytest.fixture
def flagged(department, head):
    UserFactory(username="olga", role=User.Role.RESPONSIBLE, department=department, languages=["ru"])
    complaint = complaint_register(channel="web", fields=complaint_fields(), registered_by=None, language="ka")
    assert complaint.needs_language == "ka"
    return complaint


@pytest.mark.django_db
def test_the_complaint_page_shows_the_flag(client_for, head, flagged):
    # when
    text = page_text(client_for(head).get(flagged.get_absolute_url()))
    # then
    assert "Needs a speaker of Georgian" in text
    assert "Nobody in the department speaks Georgian." in text  # the timeline entry


@pytest.mark.django_db
def test_the_queue_filter_finds_only_flagged_complaints(client_for, head, department, flagged):
    # given
    plain = complaint_make(department=department, language="ru")
    browser = client_for(head)
    # when
    everything = browser.get(reverse("web:queue"), {"open_only": "on"})
    only_flagged = browser.get(reverse("web:queue"), {"open_only": "on", "needs_language": "on"})
    # then
    assert set(queue_numbers(everything)) == {flagged.tracking_number, plain.tracking_number}
    assert queue_numbers(only_flagged) == [flagged.tracking_number]
    assert "Needs a language speaker" in page_text(only_flagged)
