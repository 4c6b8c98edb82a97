from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from audit.models import AuditAction, AuditRecord
from complaints.choices import HandOff, Kind, Origin, Status
from complaints.models import Attachment, Complaint, Interaction
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_registration_records_everything_at_once(department, agent):
    """One call registers, numbers, dates the deadline, and writes the timeline and the audit."""
    # when: on a Friday, with no calendar set up (Monday to Friday, no holidays)
    with time_machine.travel(datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Tbilisi")), tick=False):
        complaint = complaint_make(department=department, registered_by=agent,
                                   script_steps=["thank", "listen", "x"])
    # then
    assert complaint.tracking_number == f"CD-{complaint.created_at.year}-000001"
    assert complaint.status == Status.NEW and complaint.origin == Origin.EXTERNAL
    assert complaint.due_at == datetime(2026, 11, 25, 18, 0, tzinfo=ZoneInfo("Asia/Tbilisi"))
    assert complaint.script_steps == ["listen", "thank"]
    assert len(complaint.access_token) >= 40
    assert "ბუღალტერია" in complaint.search_text
    assert list(complaint.interactions.values_list("kind", flat=True)) == [Interaction.Kind.REGISTERED]
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REGISTERED,
                                      target_id=str(complaint.pk)).count() == 1


@pytest.mark.django_db
def test_tracking_numbers_follow_each_other(department):
    first = complaint_make(department=department)
    second = complaint_make(department=department)
    assert int(second.tracking_number[-6:]) == int(first.tracking_number[-6:]) + 1


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "goes_to"), [(Kind.OBJECTION, HandOff.SALES), (Kind.INTEREST, HandOff.SALES),
                                               (Kind.INQUIRY, HandOff.SUPPORT)])
def test_appeals_that_are_not_complaints_are_handed_off(kind, goes_to, department, agent):
    complaint = complaint_make(department=department, registered_by=agent, kind=kind)
    assert complaint.status == Status.HANDED_OFF
    assert complaint.hand_off_to == goes_to
    assert complaint.interactions.last().kind == Interaction.Kind.HANDED_OFF


BAD_FIELDS = [
    ({"contact_phone": "call me maybe"}, "contact_phone", "phone number"),
    ({"contact_phone": "12"}, "contact_phone", "phone number"),
    ({"contact_email": "nino@"}, "contact_email", "e-mail|email"),
    ({"occurred_on": timezone.localdate() + timedelta(days=2)}, "occurred_on", "future"),
    ({"description": "ა" * 10001}, "description", "at most 10000"),
    ({"description": ""}, "description", "cannot be blank"),
    ({"contact_name": "x" * 201}, "contact_name", "at most 200"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("fields", "field", "message"), BAD_FIELDS, ids=[b[1] + str(i) for i, b in enumerate(BAD_FIELDS)])
def test_bad_input_is_refused_and_nothing_is_saved(fields, field, message, department):
    # when
    with pytest.raises(ValidationError) as refused:
        complaint_make(department=department, fields=fields)
    # then
    assert field in refused.value.message_dict
    assert any(__import__("re").search(message, m, flags=2) for m in refused.value.message_dict[field])
    assert Complaint.objects.count() == 0 and Interaction.objects.count() == 0
    assert AuditRecord.objects.count() == 0


@pytest.mark.django_db
def test_attachments_are_stored_and_listed(department):
    scan = SimpleUploadedFile("scan.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    complaint = complaint_make(department=department, attachments=[scan])
    attachment = Attachment.objects.get(complaint=complaint)
    assert attachment.name == "scan.pdf" and attachment.size == 13
    assert complaint.interactions.filter(kind=Interaction.Kind.ATTACHMENT_ADDED, body="scan.pdf").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "size", "message"), [("virus.exe", 10, "kind of file"),
                                                       ("big.pdf", 2048, "the limit is")])
def test_bad_attachments_are_refused_with_nothing_saved(name, size, message, department, settings):
    settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES = 1024
    upload = SimpleUploadedFile(name, b"x" * size)
    with pytest.raises(ValidationError, match=message):
        complaint_make(department=department, attachments=[upload])
    assert Complaint.objects.count() == 0 and Attachment.objects.count() == 0
