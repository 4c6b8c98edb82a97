"""The optional parts of a deadline policy: a first-contact target, and the clock paused while waiting."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from complaints.choices import Importance
from complaints.services import complaint_note_add, complaint_take
from complaints.tests.factories import complaint_make
from deadlines.models import DeadlinePolicy
from resolution.services import proposal_answer, proposal_create

TBILISI = ZoneInfo("Asia/Tbilisi")


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=TBILISI)


@pytest.mark.django_db
def test_a_critical_complaint_must_be_answered_within_two_working_hours(department, responsible):
    # given
    DeadlinePolicy.objects.create(name="Critical", importance=Importance.CRITICAL, first_contact_business_hours=2)
    # when: Friday 17:00
    with time_machine.travel(at(20, 17), tick=False):
        critical = complaint_make(department=department, importance=Importance.CRITICAL)
        normal = complaint_make(department=department)
    # then: one hour on Friday, one on Monday
    assert critical.first_contact_due_at == at(23, 10)
    assert normal.first_contact_due_at is None
    # and the first call is the first contact; a later one changes nothing
    complaint_take(complaint=critical, actor=responsible)
    with time_machine.travel(at(23, 9), tick=False):
        complaint_note_add(complaint=critical, actor=responsible, body="Called back", is_call=True)
    with time_machine.travel(at(23, 11), tick=False):
        complaint_note_add(complaint=critical, actor=responsible, body="Called again", is_call=True)
    critical.refresh_from_db()
    assert critical.first_contact_at == at(23, 9)


@pytest.mark.django_db
@pytest.mark.parametrize(("pause", "due"), [(False, at(25, 18)), (True, at(26, 18))])
def test_the_clock_stops_while_the_customer_considers_the_proposal_only_if_the_policy_says_so(
        pause, due, department, responsible):
    # given: registered Friday 10:00, due Wednesday 18:00
    DeadlinePolicy.objects.create(name="Default", pause_while_waiting=pause)
    with time_machine.travel(at(20, 10), tick=False):
        complaint = complaint_make(department=department)
        complaint_take(complaint=complaint, actor=responsible)
    # when: proposed Monday 9:00, answered Tuesday 9:00 — nine working hours of waiting
    with time_machine.travel(at(23, 9), tick=False):
        proposal_create(complaint=complaint, actor=responsible, text="New licence key", alternatives=[])
    with time_machine.travel(at(24, 9), tick=False):
        proposal_answer(complaint=complaint, accept=False, reason="The key does not work")
    # then
    complaint.refresh_from_db()
    assert complaint.due_at == due
    assert complaint.first_contact_at == at(23, 9)


@pytest.mark.django_db
def test_the_complaint_page_shows_the_first_contact_target(client, department, responsible):
    DeadlinePolicy.objects.create(name="Critical", importance=Importance.CRITICAL, first_contact_business_hours=2)
    with time_machine.travel(at(20, 17), tick=False):
        critical = complaint_make(department=department, importance=Importance.CRITICAL)
    with time_machine.travel(at(23, 11), tick=False):
        client.force_login(responsible)
        page = client.get(critical.get_absolute_url()).content.decode()
    assert 'id="complaint-first-contact"' in page and "11/23/2026 10 a.m." in page and "Overdue" in page
