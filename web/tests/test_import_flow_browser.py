"""QMS imports a file in the browser: upload, correct the mapping, dry run, import, see the complaints."""

import pytest
from playwright.sync_api import expect

from complaints.models import Complaint, Interaction
from intake.importing.tests.files import csv_upload, history_rows_ru
from web.tests.pages import staff_sign_in


@pytest.mark.django_db(transaction=True)
def test_qms_imports_history_in_the_browser(new_page, screenshots, qms, department, tmp_path):
    # given: a Russian export with one bad date and a column the guess cannot place
    rows = history_rows_ru(3)
    rows[0].append("Примечание")
    for row in rows[1:]:
        row.append("важный клиент")
    rows[2][1] = "32.13.2025"
    path = tmp_path / "жалобы-2025.csv"
    path.write_bytes(csv_upload(rows, delimiter=";", encoding="cp1251").read())
    page = new_page(locale="ru-RU")
    staff_sign_in(page, qms)
    # when: upload
    page.locator("#nav-imports").click()
    page.locator("#id_file").set_input_files(str(path))
    page.locator("#import-upload-button").click()
    # then: the mapping is guessed; the note column is put into "how the customer feels"
    expect(page.locator("#import-mapping")).to_be_visible()
    expect(page.locator("#id_column_1")).to_have_value("registered_at")
    expect(page.locator("#id_column_12")).to_have_value("")
    page.locator("#id_column_12").select_option("emotion")
    screenshots.take(page, "mapping")
    # when: the dry run
    page.locator("#dry-run-button").click()
    # then
    expect(page.locator("#good-rows")).to_contain_text("2")
    expect(page.locator(".dry-run-error")).to_have_count(1)
    expect(page.locator(".dry-run-error")).to_contain_text("«32.13.2025» — не дата")
    screenshots.take(page, "dry-run")
    # when: the import
    page.locator("#import-button").click()
    # then
    expect(page.locator(".message-success")).to_be_visible()
    expect(page.locator("#import-state")).to_contain_text("2")
    screenshots.take(page, "imported")
    assert Complaint.objects.count() == 2
    complaint = Complaint.objects.get(contact_name="Иван Петров 1")
    assert complaint.emotion == "важный клиент"
    # when: the imported complaint's page
    page.goto(complaint.get_absolute_url())
    # then
    expect(page.locator(".imported-from")).to_contain_text("жалобы-2025.csv")
    assert complaint.interactions.get().kind == Interaction.Kind.IMPORTED
    screenshots.take(page, "complaint")
