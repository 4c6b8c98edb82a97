"""The report page: quality management reads any scope, a head only their department, an agent nothing."""

import pytest
from django.urls import reverse

from accounts.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def test_quality_management_reads_the_company_and_any_department(client, month, qms, department, other_department):
    # when
    company = signed_in(client, qms).get(reverse("web:reports"), {"month": "2026-11"})
    sales = client.get(reverse("web:reports"), {"month": "2026-11", "department": other_department.pk})
    # then
    assert company.status_code == 200
    page = company.content.decode()
    assert "Quality report: November 2026, The whole company" in page
    assert '<td class="num" id="on-time-share">75.0 %</td>' in page
    assert page.count("<svg") == 5  # Pareto ×2, volume, trends, validity
    assert "Quality report: November 2026, Sales" in sales.content.decode()


def test_a_head_reads_only_their_department_whatever_the_address_asks(client, month, head, other_department):
    # when
    response = signed_in(client, head).get(reverse("web:reports"),
                                           {"month": "2026-11", "department": other_department.pk})
    exported = client.get(reverse("web:report_export", kwargs={"file_format": "csv"}),
                          {"month": "2026-11", "department": other_department.pk})
    # then
    page = response.content.decode()
    assert "November 2026, Support" in page
    assert 'name="department"' not in page  # no department to choose
    assert month.sales.tracking_number not in page
    text = exported.content.decode("utf-8-sig")
    assert exported["Content-Disposition"] == 'attachment; filename="quality-report-2026-11-support.csv"'
    assert "Support" in text and ",Sales," not in text


def test_an_agent_is_refused_the_page_and_the_files(client, agent):
    # when
    page = signed_in(client, agent).get(reverse("web:reports"))
    file = client.get(reverse("web:report_export", kwargs={"file_format": "pdf"}))
    # then
    assert page.status_code == 403 and file.status_code == 403
    assert "Only quality management and department heads may read the reports." in page.content.decode()
    assert 'id="nav-reports"' not in page.content.decode()


def test_any_period_and_a_bad_month_is_said_so(client, month, qms):
    # when
    period = signed_in(client, qms).get(reverse("web:reports"), {"start": "2026-11-16", "end": "2026-11-30"})
    bad = client.get(reverse("web:reports"), {"month": "2026-13"})
    unknown = client.get(reverse("web:report_export", kwargs={"file_format": "doc"}), {"month": "2026-11"})
    # then: c1 and c2 were registered and closed in the second half of November
    assert "16 November 2026 — 30 November 2026" in period.content.decode()
    assert "Received: 2 appeals" in period.content.decode()
    assert "Enter the month as YYYY-MM, e.g. 2026-03." in bad.content.decode()
    assert unknown.status_code == 400 and "Choose PDF, XLSX or CSV." in unknown.content.decode()
