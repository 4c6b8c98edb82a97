"""The import pages: QMS uploads, maps, checks and imports; an agent cannot."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from complaintdesk.tests.worker import worker_run
from complaints.models import Complaint
from intake.importing import dry_run
from intake.importing.models import ImportRun
from intake.importing.tests.files import csv_upload, history_rows_ru
from web.tests.pages import page_messages, page_text


@pytest.mark.django_db
def test_an_agent_cannot_import(client_for, agent):
    # given
    browser = client_for(agent)
    # when
    listing = browser.get(reverse("web:imports"))
    upload = browser.post(reverse("web:imports"), {"file": csv_upload(history_rows_ru(1))})
    # then
    assert listing.status_code == upload.status_code == 403
    assert "Only quality management and administrators may import complaints." in page_text(upload)
    assert not ImportRun.objects.exists()
    assert 'id="nav-imports"' not in page_text(browser.get(reverse("web:queue")))


@pytest.mark.django_db
def test_an_agent_cannot_reach_an_import_of_qms(client_for, agent, qms, department):
    # given
    client_for(qms).post(reverse("web:imports"), {"file": csv_upload(history_rows_ru(1))})
    run = ImportRun.objects.get()
    # when
    responses = [client_for(agent).get(reverse("web:import", kwargs={"run_id": run.pk})),
                 client_for(agent).post(reverse("web:import_run", kwargs={"run_id": run.pk}))]
    # then
    assert [response.status_code for response in responses] == [403, 403]
    assert not Complaint.objects.exists()


@pytest.mark.django_db
def test_qms_uploads_maps_checks_and_imports(client_for, qms, department):
    # given
    browser = client_for(qms)
    rows = history_rows_ru(2)
    rows[2][1] = "31.02.2025"
    # when: upload
    response = browser.post(reverse("web:imports"), {"file": csv_upload(rows, delimiter=";")}, follow=True)
    # then: the guessed mapping is offered
    run = ImportRun.objects.get()
    assert response.redirect_chain == [(reverse("web:import", kwargs={"run_id": run.pk}), 302)]
    form = response.context["form"]
    assert [form[f"column_{i}"].value() for i in range(len(run.headers))] == [
        "reference", "registered_at", "organisation", "contact_name", "contact_phone", "contact_email",
        "description", "status", "closed_at", "validity", "resolution_text", "department"]
    # when: the dry run, in Russian
    data = {f"column_{i}": value for i, value in enumerate(run.mapping)}
    data.update(default_channel="letter", default_language="ru")
    checked = browser.post(reverse("web:import", kwargs={"run_id": run.pk}), data, follow=True,
                           HTTP_ACCEPT_LANGUAGE="ru")
    # then
    text = page_text(checked)
    assert "«31.02.2025» — не дата" in text
    run.refresh_from_db()
    assert (run.state, run.good_rows, run.bad_rows) == (ImportRun.State.CHECKED, 1, 1)
    assert run.errors[0]["row"] == 3 and run.errors[0]["column"] == "Дата"
    # when: the import
    done = browser.post(reverse("web:import_run", kwargs={"run_id": run.pk}), follow=True)
    # then
    assert page_messages(done) == [("success", "1 complaint imported.")]
    assert Complaint.objects.get().channel == "letter"
    listing = page_text(browser.get(reverse("web:imports")))
    assert "history.csv" in listing and "Imported" in listing


@pytest.mark.django_db
def test_an_unreadable_file_is_refused_on_the_form(client_for, qms):
    # when
    response = client_for(qms).post(reverse("web:imports"), {"file": SimpleUploadedFile("scan.pdf", b"%PDF")},
                                    HTTP_ACCEPT_LANGUAGE="ka")
    # then
    assert response.context["form"].errors["file"] == ["ატვირთეთ CSV ან XLSX ფაილი."]
    assert not ImportRun.objects.exists()


@pytest.mark.django_db
def test_the_progress_is_polled_while_the_worker_works_then_the_page_reloads(client_for, qms, department,
                                                                            monkeypatch):
    # given: a file the worker checks
    monkeypatch.setattr(dry_run, "INLINE_BYTES", 10)
    browser = client_for(qms)
    browser.post(reverse("web:imports"), {"file": csv_upload(history_rows_ru(3))})
    run = ImportRun.objects.get()
    data = {f"column_{i}": value for i, value in enumerate(run.mapping)}
    browser.post(reverse("web:import", kwargs={"run_id": run.pk}), {**data, "default_channel": "phone",
                                                                     "default_language": "ru"})
    progress = reverse("web:import_progress", kwargs={"run_id": run.pk})
    # when
    waiting = browser.get(progress, HTTP_HX_REQUEST="true")
    worker_run()
    done = browser.get(progress, HTTP_HX_REQUEST="true")
    # then
    assert f'hx-get="{progress}"' in waiting.content.decode() and "HX-Refresh" not in waiting
    assert done["HX-Refresh"] == "true" and "hx-get" not in done.content.decode()
    assert ImportRun.objects.get().state == ImportRun.State.CHECKED
