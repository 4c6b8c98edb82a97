"""An export of the queue imports again cleanly: the same complaints, or nothing new where they are already here."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from complaints.choices import CategoryDimension, Status
from complaints.models import Category, Complaint
from complaints.tests.factories import complaint_make
from complaints.tests.states import complaint_in_status
from intake.importing.dry_run import import_dry_run
from intake.importing.execute import import_start
from intake.importing.services import import_mapping_save, import_upload

COMPARED = ("status", "kind", "channel", "importance", "validity", "satisfaction", "loyalty", "language",
            "department_id", "cause_category_id", "subject_category_id", "organisation", "contact_name",
            "contact_position", "contact_phone", "contact_email", "contact_address", "account_ref", "occurred_on",
            "product", "description", "emotion", "resolution_text")


def seen(complaint: Complaint) -> tuple:
    """What an export keeps of a complaint: its fields, and its dates to the second."""
    moments = tuple(moment.replace(microsecond=0) if moment else None
                    for moment in (complaint.created_at, complaint.closed_at))
    return (*(getattr(complaint, name) for name in COMPARED), *moments)


@pytest.fixture
def history(department, other_department, qms):
    cause = Category.objects.create(code="late", dimension=CategoryDimension.CAUSE, name_en="Late delivery",
                                    name_ru="Опоздание")
    subject = Category.objects.create(code="delivery", dimension=CategoryDimension.SUBJECT, name_en="Delivery")
    closed = complaint_in_status(status=Status.CLOSED, department=department, driver=qms)
    fresh = complaint_make(department=other_department, cause_category=cause, subject_category=subject,
                           language="ru", fields={"contact_address": "Тбилиси; ул. Руставели, 1",
                                                  "description": 'Строка с "кавычками",\nи переводом строки.'})
    return [closed, fresh]


def download(client, name: str, **query) -> SimpleUploadedFile:
    response = client.get(reverse(name), query, HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return SimpleUploadedFile("export." + name.rsplit("_", 1)[1], content)


def reimport(user, upload, *, ignore_reference: bool):
    run = import_upload(user=user, upload=upload)
    mapping = ["" if key == "reference" and ignore_reference else key for key in run.mapping]
    run = import_mapping_save(run=run, user=user, mapping=mapping, default_channel="phone", default_language="ru")
    run = import_dry_run(run=run, user=user)
    assert run.errors == []
    return import_start(run=run, user=user)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["web:export_csv", "web:export_xlsx"])
def test_an_export_imports_again_as_the_same_complaints(client_for, qms, history, name):
    # given
    upload = download(client_for(qms), name, open_only="")
    # when
    run = reimport(qms, upload, ignore_reference=True)
    # then
    assert (run.imported_rows, run.skipped_rows) == (2, 0)
    copies = Complaint.objects.exclude(pk__in=[c.pk for c in history]).order_by("due_at", "id")
    assert [seen(copy) for copy in copies] == [seen(Complaint.objects.get(pk=c.pk)) for c in history]


@pytest.mark.django_db
def test_an_export_imported_with_its_numbers_adds_nothing(client_for, qms, history):
    # given
    upload = download(client_for(qms), "web:export_csv", open_only="")
    # when
    run = reimport(qms, upload, ignore_reference=False)
    # then
    assert (run.present_rows, run.imported_rows, run.skipped_rows) == (2, 0, 2)
    assert Complaint.objects.count() == 2


@pytest.mark.django_db
def test_the_xlsx_export_has_real_dates_and_russian_labels(client_for, qms, history):
    # when
    upload = download(client_for(qms), "web:export_xlsx", open_only="")
    # then
    sheet = load_workbook(io.BytesIO(upload.read()), read_only=True).active
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Номер или внешний номер", "Дата регистрации", "Дата закрытия", "Статус")
    closed = next(row for row in rows if row[0] == history[0].tracking_number)
    assert closed[1].year == history[0].created_at.year and closed[3] == "Закрыта"


@pytest.mark.django_db
def test_the_export_has_what_the_queue_shows(client_for, agent, department, history):
    # given: the agent registered one complaint; the others are not theirs
    own = complaint_make(department=department, registered_by=agent)
    # when
    text = download(client_for(agent), "web:export_csv", open_only="").read().decode("utf-8-sig")
    # then
    assert own.tracking_number in text
    assert not any(complaint.tracking_number in text for complaint in history)


@pytest.mark.django_db
def test_the_export_follows_the_queues_filters(client_for, qms, history):
    # when: open only, as the queue opens
    text = download(client_for(qms), "web:export_csv").read().decode("utf-8-sig")
    # then
    assert history[1].tracking_number in text and history[0].tracking_number not in text
