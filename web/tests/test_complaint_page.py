"""The complaint page shows all the data, the script, the timeline, the proposal and the customer's link."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from coaching.script import ScriptStep
from complaints.choices import Status
from complaints.models import Complaint
from complaints.services import complaint_note_add, complaint_take
from complaints.tests.factories import complaint_make
from resolution.services import proposal_answer, proposal_create
from web.complaint_facts import GROUPS
from web.tests.pages import page_text


@pytest.fixture
def full_complaint(department, agent):
    return complaint_make(
        department=department, registered_by=agent, script_steps=[ScriptStep.LISTEN, ScriptStep.THANK],
        fields={"contact_address": "Tbilisi, Rustaveli 1", "account_ref": "acc-7788", "emotion": "Angry",
                "performed_by": "Giorgi, update on 1 Nov", "desired_outcome_detail": "Before Friday"},
        attachments=[SimpleUploadedFile("report.pdf", b"%PDF-1.4 test", content_type="application/pdf")],
    )


@pytest.mark.django_db
def test_page_shows_every_field_with_its_label(client_for, agent, full_complaint):
    # when
    response = client_for(agent).get(full_complaint.get_absolute_url())
    # then
    text = page_text(response)
    assert response.status_code == 200
    for _title, names in GROUPS:
        for name in names:
            assert str(Complaint._meta.get_field(name).verbose_name).capitalize() in text, name
    for value in ("შპს ალფა", "ნინო ბერიძე", "ბუღალტერი", "+995 599 12 34 56", "nino@example.com",
                  "Tbilisi, Rustaveli 1", "acc-7788", "ბუღალტერია 3.0", "Giorgi, update on 1 Nov", "Angry",
                  "Repair or redo the work", "Before Friday", "Support", "Web form", "Georgian (ka)"):
        assert value in text, value
    assert "report.pdf" in text
    assert reverse("web:attachment", kwargs={"number": full_complaint.tracking_number,
                                             "attachment_id": full_complaint.attachments.get().pk}) in text


@pytest.mark.django_db
def test_page_shows_status_deadline_responsible_and_the_customers_link(client_for, agent, responsible,
                                                                       full_complaint):
    # given
    complaint_take(complaint=full_complaint, actor=responsible)
    responsible.first_name, responsible.last_name = "Levan", "Kapanadze"
    responsible.save()
    # when
    text = page_text(client_for(agent).get(full_complaint.get_absolute_url()))
    # then
    assert str(Status.IN_PROGRESS.label) in text
    assert "Solution due" in text
    assert "Levan Kapanadze" in text
    assert f"http://testserver/t/{full_complaint.access_token}/" in text


@pytest.mark.django_db
def test_script_checklist_shows_the_nine_steps_ticked_or_not(client_for, agent, full_complaint):
    # when
    body = client_for(agent).get(full_complaint.get_absolute_url()).content.decode()
    # then
    for step in ScriptStep:
        checked = step in (ScriptStep.LISTEN, ScriptStep.THANK)
        tag = f'id="script-step-{step.value}"{" checked" if checked else ">"}'
        assert tag in body, step


@pytest.mark.django_db
def test_timeline_shows_kind_who_when_and_what(client_for, qms, department):
    # given: a complaint from the public form (the customer registered it) with a call recorded
    complaint = complaint_make(department=department)
    qms.first_name, qms.last_name = "Tamar", "Lomidze"
    qms.save()
    complaint_note_add(complaint=complaint, actor=qms, body="Called back, the report opens again", is_call=True)
    # when
    text = page_text(client_for(qms).get(complaint.get_absolute_url()))
    # then
    assert "Registered" in text and "Customer" in text
    assert "Call" in text and "Tamar Lomidze" in text
    assert "Called back, the report opens again" in text


@pytest.mark.django_db
def test_proposal_and_the_customers_answer_are_shown(client_for, responsible, complaint):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    proposal_create(complaint=complaint, actor=responsible, text="Restore the reports", alternatives=["A refund"])
    proposal_answer(complaint=complaint, accept=False, reason="Too late for us")
    # when
    text = page_text(client_for(responsible).get(complaint.get_absolute_url()))
    # then
    assert "Restore the reports" in text and "A refund" in text
    assert "Rejected" in text
    assert "Too late for us" in text
    assert "The customer answered through their link" in text


@pytest.mark.django_db
def test_missing_and_hidden_complaints_give_the_same_not_found_page(client_for, agent, other_department):
    # given: a complaint the agent did not register
    hidden = complaint_make(department=other_department)
    browser = client_for(agent)
    # when
    missing = browser.get(reverse("web:complaint", kwargs={"number": "CD-1999-000001"}))
    not_visible = browser.get(hidden.get_absolute_url())
    # then
    assert missing.status_code == not_visible.status_code == 404
    assert "No complaint CD-1999-000001 was found." in page_text(missing)
    assert f"No complaint {hidden.tracking_number} was found." in page_text(not_visible)
    assert hidden.contact_name not in page_text(not_visible)
