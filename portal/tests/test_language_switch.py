from datetime import UTC, datetime

from django.urls import reverse

import pytest
import time_machine

from complaints.tests.factories import complaint_make


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ru", "ka", "en"])
def test_the_switcher_changes_the_language_of_the_portal(client, department, language):
    """Choosing a language in the header keeps it for the next pages, whatever the browser asks for."""
    # given
    client.get(reverse("portal:submit"), HTTP_ACCEPT_LANGUAGE="en" if language != "en" else "ka")
    # when
    response = client.post(reverse("set_language"), {"language": language, "next": reverse("portal:submit")},
                           HTTP_ACCEPT_LANGUAGE="en" if language != "en" else "ka", follow=True)
    # then
    assert response.redirect_chain[-1][0] == reverse("portal:submit")
    assert f'<html lang="{language}">' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["ru", "ka"])
def test_the_status_page_renders_in_each_language(client, department, language):
    """Dates and labels render in the customer's language on the status page."""
    # given
    with time_machine.travel(datetime(2026, 11, 16, 8, 0, tzinfo=UTC), tick=False):
        complaint = complaint_make(department=department)
    url = reverse("portal:track", kwargs={"token": complaint.access_token})
    # when
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    # then
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in page
    assert {"ru": "ноября", "ka": "ნოემბერი"}[language] in page
