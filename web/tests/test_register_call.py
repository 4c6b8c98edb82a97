"""Register a call: the customer's data, the classification and the script steps are saved in one step."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.models import AuditAction, AuditRecord
from coaching.script import ScriptStep
from complaints.choices import CategoryDimension, Channel, Importance, Kind, Origin, Status
from complaints.models import Category, Complaint, Interaction
from web.tests.pages import page_messages


def call_data(**overrides) -> dict:
    data = {
        "organisation": "ООО Альфа", "contact_name": "Иван Петров", "contact_position": "Бухгалтер",
        "contact_phone": "+7 495 123 45 67", "contact_email": "ivan@example.com",
        "contact_address": "Москва, Тверская 1", "account_ref": "alpha-01", "occurred_on": "2026-11-20",
        "product": "Бухгалтерия 3.0", "performed_by": "Обновление 19 ноября",
        "description": "После обновления не открываются отчёты.",
        "emotion": "Раздражён", "desired_outcome": "repair", "desired_outcome_detail": "До пятницы",
        "kind": Kind.COMPLAINT, "channel": Channel.PHONE, "importance": Importance.HIGH, "language": "ru",
        "department": "", "cause_category": "", "subject_category": "",
        "script_steps": [ScriptStep.LISTEN, ScriptStep.REPEAT, ScriptStep.APOLOGISE],
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_the_form_offers_everything_to_fill_in(client_for, agent):
    # when
    body = client_for(agent).get(reverse("web:register")).content.decode()
    # then
    assert 'id="register-form"' in body and 'enctype="multipart/form-data"' in body
    for name in call_data():
        assert f'name="{name}"' in body, name
    assert 'name="attachments"' in body
    assert body.count('name="script_steps"') == len(ScriptStep)


@pytest.mark.django_db
def test_agent_registers_a_call_in_one_step(client_for, agent, other_department):
    # given
    cause = Category.objects.create(code="update", dimension=CategoryDimension.CAUSE, name_en="Failed update")
    subject = Category.objects.create(code="accounting", dimension=CategoryDimension.SUBJECT,
                                      name_en="Accounting")
    scan = SimpleUploadedFile("screen.png", b"\x89PNG fake", content_type="image/png")
    # when
    response = client_for(agent).post(reverse("web:register"), call_data(
        department=other_department.pk, cause_category=cause.pk, subject_category=subject.pk,
        channel=Channel.IN_PERSON, attachments=[scan]), follow=True)
    # then
    complaint = Complaint.objects.get()
    assert response.redirect_chain == [(complaint.get_absolute_url(), 302)]
    assert page_messages(response) == [
        ("success", f"Complaint {complaint.tracking_number} is registered. Give the customer this number.")]
    assert (complaint.kind, complaint.origin, complaint.channel, complaint.status) == (
        Kind.COMPLAINT, Origin.EXTERNAL, Channel.IN_PERSON, Status.NEW)
    assert (complaint.importance, complaint.language, complaint.department) == (Importance.HIGH, "ru",
                                                                                 other_department)
    assert (complaint.cause_category, complaint.subject_category) == (cause, subject)
    assert (complaint.contact_address, complaint.account_ref, complaint.performed_by) == (
        "Москва, Тверская 1", "alpha-01", "Обновление 19 ноября")
    assert complaint.registered_by == agent
    assert complaint.script_steps == [ScriptStep.LISTEN, ScriptStep.REPEAT, ScriptStep.APOLOGISE]
    assert [a.name for a in complaint.attachments.all()] == ["screen.png"]
    assert list(complaint.interactions.values_list("kind", flat=True)) == [
        Interaction.Kind.REGISTERED, Interaction.Kind.ATTACHMENT_ADDED]
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REGISTERED, actor=agent).count() == 1


@pytest.mark.django_db
def test_responsible_registering_for_another_department_still_sees_it(client_for, responsible,
                                                                      other_department):
    """Whoever registered a complaint keeps seeing it, wherever it was routed."""
    # when
    response = client_for(responsible).post(reverse("web:register"),
                                            call_data(department=other_department.pk), follow=True)
    # then
    complaint = Complaint.objects.get()
    assert response.redirect_chain == [(complaint.get_absolute_url(), 302)]
    assert complaint.tracking_number in page_messages(response)[0][1]
