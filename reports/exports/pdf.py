"""The report as a PDF (WeasyPrint): the page's body and its SVG charts, in DejaVu fonts for Cyrillic and Georgian."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from weasyprint import HTML

from ..document import ReportDocument


def report_pdf(document: ReportDocument) -> bytes:
    html = render_to_string("reports/report_pdf.html", {"document": document, "language": get_language()})
    return HTML(string=html).write_pdf()
