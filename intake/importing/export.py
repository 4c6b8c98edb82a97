"""Complaints written in the import's own shape: the columns a file must have to be imported again.

The header is each target's label in the active language, the choices are their labels, and
departments and categories are their codes: ``columns.mapping_guess`` maps such a file by itself.
"""

import codecs
import csv
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, Any

from django.utils import timezone
from openpyxl import Workbook

from complaints.models import Complaint

from .columns import TARGETS

CHOICE_KEYS = ("status", "kind", "channel", "importance", "validity", "satisfaction", "loyalty")
CODE_KEYS = ("department", "cause_category", "subject_category")
DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def export_headers() -> list[str]:
    return [str(target.label) for target in TARGETS]


def choice_labels() -> dict[str, dict[str, str]]:
    """Each choice's label in the active language, looked up once per export (``get_FOO_display`` is slow)."""
    fields = {field.name: field for field in Complaint._meta.fields}
    return {key: {value: str(label) for value, label in fields[key].flatchoices} for key in CHOICE_KEYS}


def export_values(complaint: Complaint, labels: dict[str, dict[str, str]]) -> list[Any]:
    """The row of one complaint: dates as local, naive times (as spreadsheets keep them), choices as labels."""
    values: list[Any] = []
    for target in TARGETS:
        key = target.key
        if key == "reference":
            value: Any = complaint.tracking_number
        elif key == "registered_at":
            value = timezone.localtime(complaint.created_at).replace(tzinfo=None)
        elif key == "closed_at":
            value = timezone.localtime(complaint.closed_at).replace(tzinfo=None) if complaint.closed_at else None
        elif key in CHOICE_KEYS:
            value = labels[key].get(getattr(complaint, key), "")
        elif key in CODE_KEYS:
            related = getattr(complaint, key)
            value = related.code if related else ""
        else:
            value = getattr(complaint, key)
        values.append(value)
    return values


def csv_cell(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime(DATETIME_FORMAT)
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


class LineBuffer:
    """A file-like object whose ``write`` returns the line, for a streamed ``csv.writer``."""

    def write(self, text: str) -> str:
        return text


def csv_lines(complaints: Iterable[Complaint]) -> Iterator[str]:
    """The CSV text, a line at a time, with a BOM so that Excel reads it as UTF-8."""
    writer, labels = csv.writer(LineBuffer()), choice_labels()
    yield codecs.BOM_UTF8.decode() + writer.writerow(export_headers())
    for complaint in complaints:
        yield writer.writerow([csv_cell(value) for value in export_values(complaint, labels)])


def xlsx_write(complaints: Iterable[Complaint]) -> IO[bytes]:
    """An XLSX workbook in a temporary file (write-only mode: rows go to disk as they come)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(export_headers())
    labels = choice_labels()
    for complaint in complaints:
        sheet.append(export_values(complaint, labels))
    output = tempfile.TemporaryFile()
    workbook.save(output)
    output.seek(0)
    return output
