"""One entry point for every report file: ``report_file(scope, file_format)`` → content, type and name."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from complaintdesk.errors import DomainError

from ..document import report_document
from ..selectors.scope import Scope
from .pdf import report_pdf
from .spreadsheets import report_csv, report_xlsx

EXPORT_FORMATS = (("pdf", "PDF"), ("xlsx", "XLSX"), ("csv", "CSV"))
RENDERERS = {
    "pdf": (report_pdf, "application/pdf"),
    "xlsx": (report_xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": (report_csv, "text/csv; charset=utf-8"),
}


@dataclass(frozen=True)
class ExportedFile:
    content: bytes
    content_type: str
    filename: str


def report_filename(*, scope: Scope, file_format: str) -> str:
    where = scope.department.code if scope.department else "company"
    return f"quality-report-{scope.period.key.replace('..', '_')}-{where}.{file_format}"


def report_file(*, scope: Scope, file_format: str) -> ExportedFile:
    """The report in the active language; ``DomainError`` for a format there is none of."""
    if file_format not in RENDERERS:
        raise DomainError(_("Choose PDF, XLSX or CSV."), code="bad_format")
    render, content_type = RENDERERS[file_format]
    return ExportedFile(content=render(report_document(scope=scope)), content_type=content_type,
                        filename=report_filename(scope=scope, file_format=file_format))
