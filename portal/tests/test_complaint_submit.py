from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.choices import Channel, Status
from complaints.models import Complaint, Interaction
from portal.tests.factories import portal_form_data


@pytest.mark.django_db
def test_the_form_page_follows_the_browser_language(client, department):
    """A browser asking for Georgian gets the form in Georgian, with the contact phone and what happens next."""
    # given
    accept_language = "ka,en;q=0.5"
    # when
    response = client.get(reverse("portal:submit"), HTTP_ACCEPT_LANGUAGE=accept_language)
    # then
    page = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ka">' in page
    assert 'id="complaint-form"' in page
    assert 'enctype="multipart/form-data"' in page
    assert "+995 32 200 00 00" in page
    assert 'class="honeypot"' in page


@pytest.mark.django_db
def test_a_customer_registers_a_complaint_in_georgian(client, department, settings):
    """Everything the customer typed is registered as a web complaint in their language, with the attachment."""
    # given
    settings.COMPLAINTDESK_CONTACT_PHONE = "+995 32 111 22 33"
    data = portal_form_data(attachments=[SimpleUploadedFile("scan.pdf", b"%PDF-1.4 scan", "application/pdf")])
    # when
    response = client.post(reverse("portal:submit"), data, HTTP_ACCEPT_LANGUAGE="ka")
    # then
    complaint = Complaint.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("portal:track", kwargs={"token": complaint.access_token})
    assert complaint.channel == Channel.WEB
    assert complaint.language == "ka"
    assert complaint.status == Status.NEW
    assert complaint.registered_by is None
    assert complaint.organisation == "შპს ალფა"
    assert complaint.contact_name == "ნინო ბერიძე"
    assert complaint.contact_position == "ბუღალტერი"
    assert complaint.contact_phone == "+995 599 12 34 56"
    assert complaint.contact_email == "nino@example.com"
    assert complaint.occurred_on.isoformat() == "2026-11-02"
    assert complaint.product == "ბუღალტერია 3.0"
    assert complaint.description == "განახლების შემდეგ ანგარიშები აღარ იხსნება."
    assert complaint.emotion == "ძალიან ვნერვიულობ, ანგარიშგების ვადა მოდის."
    assert complaint.desired_outcome == "repair"
    assert complaint.desired_outcome_detail == "შეაკეთეთ პარასკევამდე"
    assert [a.name for a in complaint.attachments.all()] == ["scan.pdf"]
    registered = complaint.interactions.get(kind=Interaction.Kind.REGISTERED)
    assert registered.by_customer and registered.actor is None
    audit = AuditRecord.objects.get(action=AuditAction.COMPLAINT_REGISTERED)
    assert (audit.target_id, audit.actor_id, audit.actor_label) == (str(complaint.pk), None, "customer")
    assert audit.data["channel"] == Channel.WEB


@pytest.mark.django_db
def test_after_submitting_the_status_page_shows_the_number_and_the_link_once(client, department):
    """The first visit after submitting shows the tracking number and the full link to keep; later visits do not."""
    # given
    response = client.post(reverse("portal:submit"), portal_form_data(), HTTP_ACCEPT_LANGUAGE="en")
    complaint = Complaint.objects.get()
    link = f"http://testserver/t/{complaint.access_token}/"
    # when
    first = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    second = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # then
    assert "Your complaint is registered." in first
    assert f"Tracking number {complaint.tracking_number}." in first
    assert "Keep this link:" in first
    assert f'<a id="status-link" href="{link}">{link}</a>' in first
    assert f'<span id="tracking-number">{complaint.tracking_number}</span>' in first
    assert "Your complaint is registered." not in second
    assert 'id="status-link"' not in second
    assert f'<span id="tracking-number">{complaint.tracking_number}</span>' in second
