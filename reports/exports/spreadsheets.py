"""CSV (every section in one file) and XLSX (a sheet per section) of the report's tables."""

import csv
import io
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from ..document import ReportDocument
from .tables import cell_text, report_tables

SHEET_NAME_LIMIT = 31  # Excel's limit
FORBIDDEN_IN_SHEET_NAMES = str.maketrans({c: " " for c in "[]:*?/\\"})


def report_csv(document: ReportDocument) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs read Cyrillic and Georgian right."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([document.title])
    for table in report_tables(document):
        writer.writerow([])
        writer.writerow([table.name, *table.header])
        for row in table.rows:
            writer.writerow([table.name, *(cell_text(value) for value in row)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_value(value):
    if isinstance(value, Decimal):
        return float(value)
    return value


def report_xlsx(document: ReportDocument) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for table in report_tables(document):
        sheet = book.create_sheet(table.name.translate(FORBIDDEN_IN_SHEET_NAMES)[:SHEET_NAME_LIMIT])
        sheet.append(table.header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append([xlsx_value(value) for value in row])
        for row in sheet.iter_rows(min_row=2):
            for index, cell in enumerate(row):
                if index in table.percent_columns:
                    cell.number_format = "0.0%"
                elif isinstance(cell.value, date):
                    cell.number_format = "yyyy-mm"
        sheet.column_dimensions["A"].width = 40
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()

