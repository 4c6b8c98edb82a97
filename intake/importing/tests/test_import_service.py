"""Historical complaints are imported with their own dates, status and resolution, once."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation

from audit.models import AuditAction, AuditRecord
from audit.services import audit_chain_verify
from complaintdesk.errors import PermissionDenied
from complaintdesk.tests.worker import worker_run
from complaints.choices import Channel, Status, Validity
from complaints.models import Complaint, Interaction
from followup.selectors import complaints_awaiting_survey
from intake.importing import execute
from intake.importing.dry_run import import_dry_run
from intake.importing.execute import import_start
from intake.importing.models import ImportRun
from intake.importing.services import import_upload
from notifications.models import Email

from .files import HEADER_RU, csv_upload, history_rows_ru, xlsx_upload


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


@pytest.mark.django_db
def test_a_crash_keeps_the_committed_batches_and_the_import_resumes(qms, department, monkeypatch):
    # given: the second batch fails to write
    monkeypatch.setattr(execute, "BATCH_SIZE", 2)
    real_write, calls = execute.complaints_write, []

    def crashing_write(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_write(**kwargs)

    monkeypatch.setattr(execute, "complaints_write", crashing_write)
    run = import_dry_run(run=import_upload(user=qms, upload=csv_upload(history_rows_ru(5))), user=qms)
    # when
    with pytest.raises(OSError):
        import_start(run=run, user=qms)
    # then: the first batch is kept and the run says why it stopped
    run.refresh_from_db()
    assert (run.state, run.imported_rows, run.next_row) == (ImportRun.State.FAILED, 2, 4)
    assert run.last_error == "OSError: disk full"
    assert Complaint.objects.count() == 2
    # when: resumed
    run = import_start(run=run, user=qms)
    # then: the rest, nothing twice
    assert (run.state, run.imported_rows, run.skipped_rows) == (ImportRun.State.DONE, 5, 0)
    assert sorted(Complaint.objects.values_list("contact_name", flat=True)) == [
        f"Иван Петров {n}" for n in range(1, 6)]


@pytest.mark.django_db
def test_a_large_file_is_imported_by_the_worker(qms, department, monkeypatch):
    # given
    monkeypatch.setattr(execute, "INLINE_ROWS", 3)
    run = import_dry_run(run=import_upload(user=qms, upload=csv_upload(history_rows_ru(7))), user=qms)
    # when
    run = import_start(run=run, user=qms)
    # then: queued, not imported while the page waits
    assert (run.state, Complaint.objects.count()) == (ImportRun.State.QUEUED, 0)
    # when
    worker_run()
    # then
    run.refresh_from_db()
    assert (run.state, run.imported_rows) == (ImportRun.State.DONE, 7)
    assert Complaint.objects.count() == 7


@pytest.mark.django_db
def test_an_agent_cannot_import(agent):
    with translation.override("en"), pytest.raises(PermissionDenied, match="Only quality management and admin"):
        import_upload(user=agent, upload=csv_upload(history_rows_ru(1)))


@pytest.mark.django_db
def test_an_xlsx_file_with_repeated_rows_imports_each_once(admin_user, department):
    # given: the same complaint twice in one workbook, dates as real dates
    row = [None, datetime(2025, 5, 6, 11, 0), "შპს ალფა", "ნინო ბერიძე", 995599123456, "nino@example.com",
           "ანგარიში არ იხსნება.", "დახურულია", datetime(2025, 5, 8), "საფუძვლიანი", "გამოსწორდა.", "support"]
    upload = xlsx_upload([HEADER_RU, row, row])
    # when
    run = imported(admin_user, upload)
    # then
    assert (run.imported_rows, run.skipped_rows) == (1, 1)
    complaint = Complaint.objects.get()
    assert complaint.contact_phone == "995599123456" and complaint.status == Status.CLOSED


@pytest.mark.django_db
def test_a_complaint_closed_yesterday_and_imported_gets_no_survey(qms, department):
    # given: closed a day ago, inside the survey's window
    yesterday = timezone.localtime() - timedelta(days=1)
    rows = history_rows_ru(1)
    rows[1][1] = (yesterday - timedelta(hours=3)).strftime("%d.%m.%Y %H:%M")
    rows[1][8] = yesterday.strftime("%d.%m.%Y %H:%M")
    imported(qms, csv_upload(rows))
    # when
    awaiting = complaints_awaiting_survey(now=timezone.now(), delay=timedelta(hours=1), limit=10)
    # then
    assert Complaint.objects.get().status == Status.CLOSED
    assert awaiting == []


@pytest.mark.django_db
def test_imported_complaints_join_the_similarity_index(qms, department):
    # given
    from similarity.models import ComplaintSignature, SimilarityKey

    # when
    imported(qms, csv_upload(history_rows_ru(3)))

    # then: each has its signature and its keys, as a registered complaint would
    ids = set(Complaint.objects.values_list("pk", flat=True))
    assert set(ComplaintSignature.objects.values_list("complaint_id", flat=True)) == ids
    assert set(SimilarityKey.objects.values_list("complaint_id", flat=True)) == ids
