"""Announce a delay from the complaint page: shown to those who handle the open complaint, refused with reasons."""

from datetime import date

import pytest
import time_machine

from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from complaints.services import complaint_take
from deadlines.tests.deadline_watch import DUE, at, complaint_registered, complaint_solved, watch, worker_run
from web.tests.pages import action_post, page_messages, page_text


@pytest.fixture
def owned(department, agent, responsible):
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def announce(browser, complaint, moment, **data):
    with time_machine.travel(moment, tick=False):
        response = action_post(browser, complaint, "delay", data)
        worker_run()
    return response


@pytest.mark.django_db
def test_the_responsible_announces_a_delay_and_the_customer_is_mailed(client_for, owned, responsible, mailoutbox):
    # given
    browser = client_for(responsible)
    with time_machine.travel(at(25, 12), tick=False):
        page = browser.get(owned.get_absolute_url()).content.decode()
    assert 'id="delay-form"' in page and 'id="delay-late-warning"' not in page
    # when
    response = announce(browser, owned, at(25, 12), new_date="2026-11-30", reason="The vendor's patch is late",
                        customer_message="The fix for your version comes out on Monday.")
    # then
    assert page_messages(response) == [(
        "success", "The delay is announced: the solution is now due 30 November 2026, 18:00. "
                   "The customer is told by e-mail and on their status page.")]
    text = page_text(response)
    assert "Moved from 26 November 2026, 18:00 to 30 November 2026, 18:00." in text
    assert "The fix for your version comes out on Monday." in text
    assert "The vendor's patch is late" in text  # on the timeline
    assert "11/26/2026 6 p.m. → 11/30/2026 6 p.m." in text  # the timeline keeps both dates
    owned.refresh_from_db()
    assert owned.due_at == at(30, 18)
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_DEADLINE_EXTENDED, actor=responsible).exists()
    [message] = mailoutbox
    assert message.to == ["nino@example.com"] and f"/t/{owned.access_token}/" in message.body


@pytest.mark.django_db
@pytest.mark.parametrize(("data", "message"), [
    ({"new_date": "2026-11-30", "reason": ""}, "Say why the solution will be late."),
    ({"new_date": "2026-11-20", "reason": "Late part"}, "The new date must be in the future."),
    ({"new_date": "", "reason": "Late part"}, "Choose the new date of the solution."),
    ({"new_date": "30.11.2026x", "reason": "Late part"}, "Enter a valid date."),
])
def test_refusals_are_shown_on_the_page(client_for, owned, responsible, data, message):
    # when
    response = announce(client_for(responsible), owned, at(25, 12), **data)
    # then
    assert page_messages(response) == [("error", message)]
    owned.refresh_from_db()
    assert owned.due_at == DUE
    assert not Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.DELAY_NOTICE).exists()


@pytest.mark.django_db
def test_an_agent_sees_no_form_and_is_refused(client_for, owned, agent):
    # given
    browser = client_for(agent)
    assert 'id="delay-form"' not in browser.get(owned.get_absolute_url()).content.decode()
    # when
    response = announce(browser, owned, at(25, 12), new_date="2026-11-30", reason="Late part")
    # then
    assert page_messages(response) == [("error", "You may not announce a delay on this complaint.")]


@pytest.mark.django_db
def test_a_closed_complaint_has_no_form_and_is_refused(client_for, owned, responsible):
    # given
    complaint_solved(complaint=owned, actor=responsible, moment=at(25, 10))
    browser = client_for(responsible)
    assert 'id="delay-form"' not in browser.get(owned.get_absolute_url()).content.decode()
    # when
    response = announce(browser, owned, at(25, 12), new_date="2026-11-30", reason="Late part")
    # then
    assert page_messages(response) == [("error", "A delay can be announced only while the complaint is open.")]


@pytest.mark.django_db
def test_after_the_deadline_the_page_says_so_and_the_notice_is_recorded_as_late(client_for, owned, responsible):
    # given
    watch(at(26, 18, 5))
    browser = client_for(responsible)
    with time_machine.travel(at(27, 10), tick=False):
        page = page_text(browser.get(owned.get_absolute_url()))
    assert "The deadline has already passed." in page
    # when
    response = announce(browser, owned, at(27, 10), new_date="2026-12-01", reason="Late part")
    # then
    assert page_messages(response)[0][0] == "success"
    assert "Announced after the deadline" in page_text(response)
    owned.refresh_from_db()
    assert owned.overdue_at is None
