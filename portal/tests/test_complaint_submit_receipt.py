"""With ``COMPLAINTDESK_PORTAL_RECEIPTS`` on, the form answers at once and the worker registers a moment later."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from complaints.choices import Channel
from complaints.models import Complaint
from complaintdesk.tests.worker import worker_run
from intake.models import Receipt
from portal.models import SubmissionAttempt
from portal.tests.factories import portal_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def receipts_on(settings):
    settings.COMPLAINTDESK_PORTAL_RECEIPTS = True


def test_the_customer_gets_the_number_at_once_and_the_status_page_once_registered(client, department):
    # when
    response = client.post(reverse("portal:submit"), portal_form_data(), HTTP_ACCEPT_LANGUAGE="ka")
    # then: sent to their secret link, which says it is received, with the number, and looks again soon
    receipt = Receipt.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:track", kwargs={"token": receipt.access_token})
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ka")
    text = page.content.decode()
    assert page.status_code == 200 and 'id="received"' in text and receipt.tracking_number in text
    assert '<meta http-equiv="refresh"' in text and page["X-Robots-Tag"] == "noindex, nofollow"
    assert not Complaint.objects.exists()
    # when: the worker registers it
    worker_run()
    # then: the same link shows the complaint
    complaint = Complaint.objects.get(tracking_number=receipt.tracking_number)
    assert (complaint.channel, complaint.language, complaint.registered_by) == (Channel.WEB, "ka", None)
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="ka").content.decode()
    assert 'id="received"' not in page and complaint.tracking_number in page and 'id="complaint-status"' in page


def test_a_complaint_with_files_is_registered_at_once(client, department):
    data = portal_form_data(attachments=[SimpleUploadedFile("scan.pdf", b"%PDF-1.4 scan", "application/pdf")])
    # when
    response = client.post(reverse("portal:submit"), data, HTTP_ACCEPT_LANGUAGE="ka")
    # then
    complaint = Complaint.objects.get()
    assert response["Location"] == reverse("portal:track", kwargs={"token": complaint.access_token})
    assert not Receipt.objects.exists()


def test_bad_input_comes_back_on_the_form_and_nothing_is_received(client, department):
    response = client.post(reverse("portal:submit"), portal_form_data(contact_name=""), HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 400 and not Receipt.objects.exists()


def test_the_flood_limit_and_the_trap_field_hold_as_for_registration_at_once(client, department, settings):
    settings.COMPLAINTDESK_PORTAL_RATE_PER_HOUR = 2
    address = {"REMOTE_ADDR": "198.51.100.7", "HTTP_ACCEPT_LANGUAGE": "en"}
    # when: a robot fills the hidden field, then a person sends twice
    trapped = client.post(reverse("portal:submit"), portal_form_data(website="http://spam"), **address)
    accepted = client.post(reverse("portal:submit"), portal_form_data(), **address)
    limited = client.post(reverse("portal:submit"), portal_form_data(), **address)
    # then: the robot's try counted, nothing of it was kept, and the allowance ran out
    assert (trapped.status_code, accepted.status_code, limited.status_code) == (400, 302, 429)
    assert Receipt.objects.count() == 1 and SubmissionAttempt.objects.count() == 2
