from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from django.urls import reverse

import pytest
import time_machine

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.models import Complaint
from complaints.services import complaint_close, complaint_note_add, complaint_take
from resolution.investigation import complaint_investigation_record
from resolution.models import RootCause
from resolution.tests.closing import CLOSE_ANSWERS
from complaints.tests.factories import complaint_make
from resolution.services import proposal_answer, proposal_create


def status_page(client, complaint: Complaint, language: str = "en") -> str:
    response = client.get(reverse("portal:track", kwargs={"token": complaint.access_token}),
                          HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_a_new_complaint_shows_status_deadline_and_that_nobody_took_it_yet(client, department, settings):
    """Status with its meaning, the deadline in the company's time zone, the customer's own words."""
    # given
    settings.TIME_ZONE = "Asia/Tbilisi"
    with time_machine.travel(datetime(2026, 11, 16, 8, 0, tzinfo=UTC), tick=False):
        complaint = complaint_make(department=department, fields={"desired_outcome_detail": "Fix by Friday"})
    due_local = complaint.due_at.astimezone(ZoneInfo("Asia/Tbilisi"))
    # when
    page = status_page(client, complaint)
    # then
    assert f'<span id="tracking-number">{complaint.tracking_number}</span>' in page
    assert "16 November 2026, 12:00" in page  # registered 08:00 UTC = 12:00 in Tbilisi
    assert 'data-status="new">New</strong>' in page
    assert "A responsible person will take it into work shortly." in page
    assert f'<dd id="due-at">{due_local:%-d %B %Y, %H:%M}' in page
    assert "Not assigned yet — a responsible person will take it shortly." in page
    assert "განახლების შემდეგ ანგარიშები აღარ იხსნება." in page
    assert "Repair or redo the work: Fix by Friday" in page
    assert 'id="accept-form"' not in page


@pytest.mark.django_db
def test_the_page_names_the_handler_and_hides_internal_notes(client, customer_complaint, handler, department):
    """The customer sees who handles the complaint, never notes, calls or the names of other staff."""
    # given
    qms = UserFactory(username="qms-lead", first_name="Irakli", last_name="Zhvania", role=User.Role.QMS)
    complaint_take(complaint=customer_complaint, actor=handler)
    complaint_note_add(complaint=customer_complaint, actor=handler, body="Customer sounded rude, check tone")
    complaint_note_add(complaint=customer_complaint, actor=qms, body="Called the accountant back", is_call=True)
    # when
    page = status_page(client, customer_complaint)
    # then
    assert '<dd id="handler">\n        Tamar Kapanadze' in page
    assert 'data-status="in_progress">In progress</strong>' in page
    assert "Taken into work" in page
    assert "Customer sounded rude" not in page
    assert "Called the accountant back" not in page
    assert "Irakli" not in page and "Zhvania" not in page
    assert "Note" not in page and "Call<" not in page


@pytest.mark.django_db
def test_a_pending_proposal_is_offered_with_its_alternatives(client, customer_complaint, handler):
    """The newest pending proposal is shown with one choice per option, and Accept and Reject forms."""
    # given
    complaint_take(complaint=customer_complaint, actor=handler)
    proposal_create(complaint=customer_complaint, actor=handler, text="Restore the reports today",
                    alternatives=["Refund the annual licence", "A 20% discount on renewal"])
    # when
    page = status_page(client, customer_complaint)
    # then
    assert 'id="accept-form"' in page and 'id="reject-form"' in page
    assert 'id="option-0" name="option" value="0" required checked' in page
    assert "Restore the reports today" in page
    assert 'id="option-1" name="option" value="1"' in page and "Refund the annual licence" in page
    assert 'id="option-2" name="option" value="2"' in page and "A 20% discount on renewal" in page
    assert "Alternative 2" in page


@pytest.mark.django_db
def test_a_closed_complaint_says_it_is_closed_and_what_was_accepted(client, customer_complaint, handler):
    """After closing, the page shows it is closed, when, and the solution the customer chose."""
    # given
    complaint_take(complaint=customer_complaint, actor=handler)
    proposal_create(complaint=customer_complaint, actor=handler, text="Restore the reports today",
                    alternatives=["Refund the annual licence"])
    proposal_answer(complaint=customer_complaint, accept=True, option=1)
    complaint_investigation_record(complaint=customer_complaint, actor=handler, validity="justified",
                                   root_cause=RootCause.objects.get(code="process"), note="internal ref 77")
    complaint_close(complaint=customer_complaint, actor=handler, **{**CLOSE_ANSWERS, "resolution": "Refund booked"})
    # when
    page = status_page(client, customer_complaint)
    # then
    assert 'data-status="closed">Closed</strong>' in page
    assert "Your complaint is closed." in page
    assert 'id="closed-at"' in page and 'id="due-at"' not in page
    assert 'id="accepted-solution"' in page and "Refund the annual licence" in page
    assert "internal ref 77" not in page
    assert 'id="accept-form"' not in page


@pytest.mark.django_db
def test_the_secret_link_stays_out_of_referrers_indexes_and_caches(client, customer_complaint):
    """A page whose address is the secret is neither passed on as a referrer nor indexed nor cached."""
    # given
    url = reverse("portal:track", kwargs={"token": customer_complaint.access_token})
    # when
    response = client.get(url)
    # then
    assert response["Referrer-Policy"] == "same-origin"
    assert "noindex" in response["X-Robots-Tag"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_the_page_takes_a_fixed_number_of_queries_however_long_the_history(client, customer_complaint, handler,
                                                                           django_assert_num_queries):
    """The complaint, its proposals and its history: three queries, whatever happened before."""
    # given
    complaint_take(complaint=customer_complaint, actor=handler)
    for round_ in range(3):
        proposal_create(complaint=customer_complaint, actor=handler, text=f"Offer {round_}", alternatives=["Refund"])
        proposal_answer(complaint=customer_complaint, accept=False, reason="Not enough")
        complaint_note_add(complaint=customer_complaint, actor=handler, body=f"Note {round_}")
    url = reverse("portal:track", kwargs={"token": customer_complaint.access_token})
    # when
    with django_assert_num_queries(5):  # + what was changed (capa), + the remedies given
        response = client.get(url)
    # then
    assert response.content.decode().count("Solution rejected") == 3
