"""``complaintdesk report monthly`` writes the same report as PDF, XLSX and CSV."""

import csv
import io
from datetime import datetime

import pytest
from django.core.management import CommandError, call_command
from openpyxl import load_workbook

from .pdf_text import pdf_text

pytestmark = pytest.mark.django_db


def run(*args: str) -> None:
    call_command("report", "monthly", *args, verbosity=0)


def test_the_three_formats_for_a_department(month, department, tmp_path):
    # when
    for file_format in ("pdf", "xlsx", "csv"):
        run("--month", "2026-11", "--department", department.code, "--format", file_format,
            "--output", str(tmp_path / f"report.{file_format}"), "--language", "ru")
    # then: the PDF's text
    text = " ".join(pdf_text((tmp_path / "report.pdf").read_bytes(), tmp_path).split())
    assert "Ноябрь 2026, Поддержка" in text and "75,0 %" in text
    # and the workbook: a sheet per section, real numbers and dates
    book = load_workbook(tmp_path / "report.xlsx")
    assert len(book.sheetnames) == 8
    trends = book.worksheets[5]
    last = [cell.value for cell in trends[trends.max_row]]
    assert last[:4] == [datetime(2026, 11, 1), 6, 4, 0.75]
    assert trends.cell(row=trends.max_row, column=4).number_format == "0.0%"
    kpis = book.worksheets[7]
    assert [kpis.cell(row=2, column=c).value for c in (2, 3)] == [3, 1.0]
    # and the CSV: every section, numbers with a dot
    rows = list(csv.reader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8-sig"))))
    assert ["Поступило", "По отделам", "Поддержка", "6", "1"] in rows
    assert any(row[1:3] == ["Решено в срок", "3"] and row[3] == "0.75" for row in rows if len(row) > 3)


def test_a_wrong_month_or_department_is_refused_with_a_clear_message(tmp_path):
    with pytest.raises(CommandError, match="YYYY-MM"):
        run("--month", "2026-13", "--format", "csv", "--output", str(tmp_path / "x.csv"))
    with pytest.raises(CommandError, match="nowhere"):
        run("--month", "2026-11", "--department", "nowhere", "--format", "csv", "--output", str(tmp_path / "x.csv"))
    assert not (tmp_path / "x.csv").exists()
