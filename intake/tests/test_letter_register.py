"""A paper letter is registered with its scan, the day it came and the sender's address; refusals are translated."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from audit.models import AuditAction, AuditRecord
from complaints.choices import Channel
from complaints.models import Attachment, Complaint, Interaction
from complaints.tests.factories import complaint_fields
from intake.letters import letter_register

PDF = b"%PDF-1.4\n% scan of a letter\n"


def scan(name: str = "letter.pdf", content: bytes = PDF) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def register(agent, department, **overrides):
    arguments = {
        "fields": complaint_fields(contact_address="0105 თბილისი, რუსთაველის გამზ. 12", contact_phone="",
                                   contact_email=""),
        "scan": scan(), "received_on": date(2026, 11, 16), "registered_by": agent, "language": "ka",
        "department": department,
    }
    arguments.update(overrides)
    return letter_register(**arguments)


@pytest.mark.django_db
def test_a_letter_is_registered_with_its_scan(agent, department):
    # when
    complaint = register(agent, department)
    # then
    assert complaint.channel == Channel.LETTER
    assert complaint.contact_address == "0105 თბილისი, რუსთაველის გამზ. 12"
    stored = complaint.attachments.get()
    assert (stored.name, stored.content_type, stored.file.read()) == ("letter.pdf", "application/pdf", PDF)
    letter = complaint.interactions.get(kind=Interaction.Kind.LETTER_RECEIVED)
    assert letter.data["received_on"] == "2026-11-16" and letter.data["attachment_id"] == stored.pk
    assert list(complaint.interactions.values_list("kind", flat=True)) == [
        Interaction.Kind.REGISTERED, Interaction.Kind.ATTACHMENT_ADDED, Interaction.Kind.LETTER_RECEIVED]
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REGISTERED, target_id=str(complaint.pk)).exists()


REFUSALS = {
    "no scan": ({"scan": None}, "scan", "Приложите скан письма."),
    "wrong type": ({"scan": scan("letter.docx")}, "scan", "Скан должен быть файлом одного из этих типов: PDF, JPG, JPEG, PNG. «letter.docx» — не такой."),
    "too large": ({"scan": scan("letter.png", b"x" * 2048)}, "scan", "Размер файла «letter.png» — 2,0\xa0КБ, а допускается не более 1,0\xa0КБ."),
    "no date": ({"received_on": None}, "received_on", "Укажите дату получения письма."),
    "future date": ({"received_on": timezone.localdate() + timedelta(days=2)}, "received_on",
                    "Эта дата ещё не наступила. Укажите дату, когда это произошло."),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", REFUSALS)
def test_a_letter_is_refused_in_russian_and_nothing_is_saved(agent, department, settings, case):
    # given
    settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES = 1024
    overrides, field, message = REFUSALS[case]
    # when
    with translation.override("ru"), pytest.raises(ValidationError) as refused:
        register(agent, department, **overrides)
    # then
    assert refused.value.message_dict[field] == [message]
    assert not Complaint.objects.exists() and not Attachment.objects.exists()


@pytest.mark.django_db
def test_a_letter_needs_the_senders_address_in_georgian(agent, department):
    # when
    with translation.override("ka"), pytest.raises(ValidationError) as refused:
        register(agent, department, fields=complaint_fields(contact_address=""))
    # then
    assert refused.value.message_dict["contact_address"] == [
        "მიუთითეთ გამგზავნის საფოსტო მისამართი: პასუხის გაგზავნა შეიძლება ფოსტით მოგვიწიოს."]
    assert not Complaint.objects.exists()


@pytest.mark.django_db
def test_a_scan_type_the_settings_forbid_is_refused(agent, department, settings):
    # given: PNG no longer accepted as an attachment
    settings.COMPLAINTDESK_ATTACHMENT_EXTENSIONS = ["pdf", "jpg"]
    # when
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        register(agent, department, scan=scan("letter.png"))
    # then
    assert refused.value.message_dict["scan"] == [
        "A scan must be a file of one of these types: PDF, JPG. “letter.png” is not."]
