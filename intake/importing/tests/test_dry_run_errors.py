"""The dry run lists each bad row with its number, its column and the reason, in the user's language."""

import pytest
from django.utils import translation

from complaintdesk.tests.worker import worker_run
from complaints.models import Complaint
from intake.importing import dry_run as checking
from intake.importing.dry_run import import_check_start, import_dry_run
from intake.importing.models import ImportRun
from intake.importing.services import import_upload

from .files import HEADER_RU, csv_upload, history_rows_ru


def bad_file():
    rows = history_rows_ru(6)
    rows[1][1] = "31.02.2025"            # row 2: no such date
    rows[2][5] = "not-an-address"        # row 3: e-mail
    rows[3][4] = "звоните"               # row 4: phone
    rows[4][7] = "Потеряна"              # row 5: no such status
    rows[5][11] = "склад"                # row 6: no such department
    rows[6][8] = ""                      # row 7: closed without a date
    return rows


def dry_run(user, rows, language):
    run = import_upload(user=user, upload=csv_upload(rows, delimiter=";"))
    with translation.override(language):
        return import_dry_run(run=run, user=user)


@pytest.mark.django_db
def test_bad_rows_are_listed_in_russian(qms, department):
    # when
    run = dry_run(qms, bad_file() + history_rows_ru(1)[1:], "ru")
    # then
    assert (run.state, run.total_rows, run.bad_rows, run.good_rows) == (ImportRun.State.CHECKED, 7, 6, 1)
    assert [(error["row"], error["column"], error["message"]) for error in run.errors] == [
        (2, "Дата", "«31.02.2025» — не дата. Запишите её как 2026-11-20 или 20.11.2026."),
        (3, "E-mail", "Введите правильный адрес электронной почты."),
        (4, "Телефон", "Введите номер телефона из 5–15 цифр, например +995 599 12 34 56."),
        (5, "Статус", "«Потеряна» — не одно из значений: new, in_progress, proposed, accepted, closed, handed_off."),
        (6, "Отдел", "Нет отдела с кодом или названием «склад»."),
        (7, "Статус", "У закрытой жалобы должна быть дата закрытия."),
    ]
    assert not Complaint.objects.exists()


@pytest.mark.django_db
def test_bad_rows_are_listed_in_georgian(qms, department):
    # when
    run = dry_run(qms, bad_file(), "ka")
    # then
    messages = {error["row"]: error["message"] for error in run.errors}
    assert messages[2] == "„31.02.2025“ არ არის თარიღი. ჩაწერეთ ასე: 2026-11-20 ან 20.11.2026."
    assert messages[6] == "განყოფილება კოდით ან სახელით „склад“ არ არსებობს."
    assert messages[7] == "დახურულ საჩივარს დახურვის თარიღი სჭირდება."


@pytest.mark.django_db
def test_an_empty_required_cell_and_a_future_date(qms, department):
    # given
    rows = [HEADER_RU, history_rows_ru(1)[1]]
    rows[1][1] = "01.01.2099"
    rows[1][6] = ""
    rows[1][7:9] = ["Новая", ""]
    # when
    run = dry_run(qms, rows, "en")
    # then
    assert [(e["column"], e["message"]) for e in run.errors] == [
        ("Описание", "This cell is empty; every complaint needs it."),
        ("Дата", "This date is in the future."),
    ]


@pytest.mark.django_db
def test_a_large_file_is_checked_by_the_worker_in_the_language_of_who_asked(qms, department, monkeypatch):
    # given
    monkeypatch.setattr(checking, "INLINE_BYTES", 100)
    run = import_upload(user=qms, upload=csv_upload(bad_file(), delimiter=";"))
    # when
    with translation.override("ru"):
        run = import_check_start(run=run, user=qms)
    # then: nothing checked while the page waits
    assert (run.state, run.errors) == (ImportRun.State.CHECKING, [])
    # when
    with translation.override("en"):
        worker_run()
    # then
    run.refresh_from_db()
    assert (run.state, run.bad_rows) == (ImportRun.State.CHECKED, 6)
    assert run.errors[0]["message"] == "«31.02.2025» — не дата. Запишите её как 2026-11-20 или 20.11.2026."
