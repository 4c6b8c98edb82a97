"""Quality management opens the report from the navigation, picks a month and a department, and downloads it."""

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_qms_reads_the_november_report_and_narrows_it_to_a_department(month, qms, department, new_page,
                                                                      screenshots):
    # given
    page = new_page(locale="ru-RU")
    page.goto("/staff/login/")
    page.locator("#login-form [name=username]").fill(qms.username)
    page.locator("#login-form [name=password]").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    # when
    page.locator("#nav-reports").click()
    page.locator("#report-filters [name=month]").fill("2026-11")
    page.locator("#report-filters [type=submit]").click()
    # then
    expect(page.locator("#report-title")).to_contain_text("2026")
    expect(page.locator("#on-time-share")).to_have_text("75,0 %")
    expect(page.locator("#report-pareto svg")).to_have_count(2)
    screenshots.take(page, "company-november")
    # when: one department
    page.locator("#report-filters [name=department]").select_option(str(department.pk))
    page.locator("#report-filters [type=submit]").click()
    # then
    expect(page.locator("#report-title")).to_contain_text(department.name_ru)
    screenshots.take(page, "support-november")
    with page.expect_download() as download:
        page.locator(".report-export", has_text="XLSX").click()
    assert download.value.suggested_filename == "quality-report-2026-11-support.xlsx"
