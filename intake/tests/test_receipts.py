"""Accepted at once, registered by the worker a moment later, and never lost on the way."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from complaints.choices import Channel
from complaints.models import Complaint
from complaintdesk.tests.worker import worker_run
from intake.models import Receipt
from intake.receiving import complaint_receive, receipt_register, receipts_register_again, receipts_register_pending
from routing.models import Department
from routing.tests.factories import DepartmentFactory

pytestmark = pytest.mark.django_db

FIELDS = {"contact_name": "Нино Беридзе", "contact_email": "nino@example.ge",
          "description": "ინტერნეტი მესამე დღეა არ მუშაობს.", "occurred_on": timezone.localdate()}


def test_received_now_registered_by_the_worker_with_the_same_number_link_and_time(department):
    # when
    receipt = complaint_receive(channel=Channel.WEB, fields=FIELDS, registered_by=None)
    # then: a number and a link at once, no complaint yet
    assert receipt.status == Receipt.Status.RECEIVED and receipt.tracking_number.startswith("CD-")
    assert not Complaint.objects.exists()
    # when
    worker_run()
    # then
    receipt.refresh_from_db()
    complaint = receipt.complaint
    assert receipt.status == Receipt.Status.REGISTERED and receipt.attempts == 1
    assert (complaint.tracking_number, complaint.access_token) == (receipt.tracking_number, receipt.access_token)
    assert complaint.created_at == receipt.received_at and complaint.department == department
    assert complaint.language == "ka" and complaint.occurred_on == FIELDS["occurred_on"]
    assert complaint.interactions.filter(kind=1).exists()


def test_a_repeated_task_registers_nothing_twice(department):
    receipt = complaint_receive(channel=Channel.WEB, fields=FIELDS, registered_by=None)
    receipt_register(receipt_id=receipt.pk)
    # when
    again = receipt_register(receipt_id=receipt.pk)
    # then
    assert again is None and Complaint.objects.count() == 1


def test_bad_input_is_refused_at_once_and_nothing_is_stored(department):
    with pytest.raises(ValidationError) as refused:
        complaint_receive(channel=Channel.WEB, fields={**FIELDS, "contact_name": ""}, registered_by=None)
    assert "contact_name" in refused.value.message_dict
    assert not Receipt.objects.exists()


def test_a_registration_that_breaks_off_loses_nothing_the_sweep_registers_it(department, monkeypatch):
    # given: the registration breaks off (a bug, the database gone for a moment)
    receipt = complaint_receive(channel=Channel.WEB, fields=FIELDS, registered_by=None)

    def crash(**kwargs):
        raise RuntimeError("database connection lost")

    monkeypatch.setattr("intake.receiving.complaint_register", crash)
    worker_run()
    receipt.refresh_from_db()
    assert receipt.status == Receipt.Status.RECEIVED and not Complaint.objects.exists()
    assert receipt.attempts == 1 and "database connection lost" in receipt.last_error
    # the worker's drain leaves it to the sweep rather than trying it again and again
    worker_run()
    receipt.refresh_from_db()
    assert receipt.attempts == 1
    monkeypatch.undo()
    # when: a minute later
    assert receipts_register_pending(older_than=timedelta(0)) == 1
    # then
    receipt.refresh_from_db()
    assert receipt.status == Receipt.Status.REGISTERED and receipt.complaint.tracking_number == receipt.tracking_number
    assert receipt.attempts == 2


def test_a_refused_registration_is_kept_with_its_reason_and_can_be_tried_again(db):
    # given: no department to receive complaints yet; sent from the Russian page
    with translation.override("ru"):
        receipt = complaint_receive(channel=Channel.WEB, fields=FIELDS, registered_by=None)
    # when
    receipt_register(receipt_id=receipt.pk)
    # then: the reason, in the language of the page it came from
    receipt.refresh_from_db()
    assert receipt.status == Receipt.Status.FAILED and "отдел" in receipt.last_error
    # when: an administrator adds one, and tries again
    DepartmentFactory(code="support", receives_unrouted=True)
    assert receipts_register_again(receipt_ids=[receipt.pk]) == 1
    receipt.refresh_from_db()
    assert receipt.status == Receipt.Status.REGISTERED and receipt.attempts == 2


def test_the_page_language_is_the_customers_when_the_text_cannot_tell(department):
    # given: a text in no particular language, sent from the Russian page
    with translation.override("ru"):
        receipt = complaint_receive(channel=Channel.WEB, registered_by=None,
                                    fields={**FIELDS, "description": "12345 67890"})
    # when: registered by a worker whose own language is English
    with translation.override("en"):
        receipt_register(receipt_id=receipt.pk)
    # then
    receipt.refresh_from_db()
    assert receipt.complaint.language == "ru"
    assert Department.objects.count() == 1
