"""The customer's status page shows the latest delay notice: the new date and why, never the staff's reason."""

import html
from datetime import date

import pytest
import time_machine
from django.urls import reverse

from complaints.services import complaint_take
from deadlines.services import deadline_extend

from .deadline_watch import at, complaint_registered


@pytest.fixture
def owned(department, agent, responsible):
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def status_page(client, complaint, moment) -> str:
    with time_machine.travel(moment, tick=False):
        response = client.get(reverse("portal:track", kwargs={"token": complaint.access_token}),
                              HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_status_page_shows_the_latest_delay_notice(client, owned, responsible):
    # given: two notices, the second one moving the date again
    assert 'id="delay-notice"' not in status_page(client, owned, at(25, 12))
    with time_machine.travel(at(25, 12), tick=False):
        deadline_extend(complaint=owned, actor=responsible, reason="Vendor patch (internal ticket 4711)",
                        new_due_at=date(2026, 11, 30), customer_message="The fix for your version is on its way.")
    with time_machine.travel(at(27, 12), tick=False):
        deadline_extend(complaint=owned, actor=responsible, reason="Patch failed QA",
                        new_due_at=date(2026, 12, 2), customer_message="The first fix did not pass our checks.")
    # when
    page = status_page(client, owned, at(27, 13))
    # then
    assert "we will give it to you by 2 December 2026, 18:00 +04." in page
    assert "The first fix did not pass our checks." in page
    assert "The fix for your version is on its way." not in page
    assert "internal ticket" not in page and "Patch failed QA" not in page
    assert page.count("Delay notice") == 2  # in the history
