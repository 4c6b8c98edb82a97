"""Historical complaints are imported with their own dates, status and resolution, once."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from audit.models import AuditAction, AuditRecord
from audit.services import audit_chain_verify
from complaints.choices import Channel, Status, Validity
from complaints.models import Complaint, Interaction
from intake.importing.dry_run import import_dry_run
from intake.importing.execute import import_start
from intake.importing.models import ImportRun
from intake.importing.services import import_upload
from notifications.models import Email

from .files import csv_upload, history_rows_ru


def imported(user, upload) -> ImportRun:
    run = import_upload(user=user, upload=upload)
    run = import_dry_run(run=run, user=user)
    return import_start(run=run, user=user)


@pytest.mark.django_db
def test_history_keeps_its_dates_status_and_resolution(qms, department, settings):
    # given
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True
    # when
    run = imported(qms, csv_upload(history_rows_ru(3), delimiter=";", encoding="cp1251"))
    # then
    assert (run.state, run.imported_rows, run.skipped_rows) == (ImportRun.State.DONE, 3, 0)
    first = Complaint.objects.get(contact_name="Иван Петров 1")
    tbilisi = ZoneInfo("Asia/Tbilisi")
    assert first.created_at == datetime(2025, 3, 2, 10, 15, tzinfo=tbilisi)
    assert first.closed_at == datetime(2025, 4, 2, tzinfo=tbilisi)
    assert (first.status, first.validity, first.resolution_text) == (Status.CLOSED, Validity.JUSTIFIED,
                                                                     "Поставку довезли.")
    assert (first.organisation, first.channel, first.department) == ("ООО Ромашка 1", Channel.PHONE, department)
    assert first.tracking_number.startswith("CD-2025-")
    entry = first.interactions.get()
    assert (entry.kind, entry.data, entry.created_at) == (Interaction.Kind.IMPORTED,
                                                          {"file": "history.csv", "row": 2}, first.created_at)
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_IMPORTED).count() == 3
    assert audit_chain_verify() is None
    assert not Email.objects.exists()


@pytest.mark.django_db
def test_the_same_file_twice_imports_nothing_new(qms, department):
    # given
    imported(qms, csv_upload(history_rows_ru(4)))
    # when
    again = imported(qms, csv_upload(history_rows_ru(4)))
    # then
    assert (again.present_rows, again.imported_rows, again.skipped_rows) == (4, 0, 4)
    assert Complaint.objects.count() == 4
