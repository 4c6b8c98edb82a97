"""A CSV or XLSX file as a header and numbered rows. Pure: no ORM, no settings.

CSV files come from spreadsheets and accounting systems: UTF-8 with or without a BOM, UTF-16
with a BOM, or Windows-1251 (Russian accounting exports); comma, semicolon, tab or bar between
fields. XLSX is read with openpyxl in read-only mode, one row at a time, with its dates as dates.
"""

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import PurePath

from openpyxl import load_workbook

Cell = str | int | float | date | datetime | None
DELIMITERS = ",;\t|"
SNIFF_BYTES = 64 * 1024


class UnreadableFile(ValueError):
    """The file is not a CSV or XLSX file this module can read; ``reason`` says which case."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: Iterator[tuple[int, list[Cell]]]  # (row number as a spreadsheet shows it, cells)


def file_kind(name: str) -> str:
    extension = PurePath(name).suffix.lower()
    if extension in {".xlsx", ".xlsm"}:
        return "xlsx"
    if extension in {".csv", ".txt", ".tsv"}:
        return "csv"
    raise UnreadableFile("extension")


def text_decode(data: bytes) -> str:
    """The text of a CSV file: a BOM decides; else UTF-8 if it decodes, else Windows-1251."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def delimiter_guess(sample: str) -> str:
    """The delimiter that splits the first lines into the same number of columns, the most of them.

    Tried with the csv module's own quoting, so a comma inside a quoted description is not a column.
    (``csv.Sniffer`` guesses wrong on short files whose cells hold punctuation.)
    """
    lines = sample.splitlines(keepends=True)
    if len(sample) >= SNIFF_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last one may be cut
    best, best_width = ",", 1
    for delimiter in DELIMITERS:
        try:
            widths = {len(cells) for cells in csv.reader(io.StringIO("".join(lines[:50])), delimiter=delimiter)
                      if cells}
        except csv.Error:
            continue
        if len(widths) == 1 and (width := widths.pop()) > best_width:
            best, best_width = delimiter, width
    return best


def blank(cells: list[Cell]) -> bool:
    return all(cell is None or (isinstance(cell, str) and not cell.strip()) for cell in cells)


def csv_table(data: bytes) -> Table:
    text = text_decode(data)
    delimiter = delimiter_guess(text[:SNIFF_BYTES])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = [cell.strip() for cell in next(reader)]
    except StopIteration:
        raise UnreadableFile("empty") from None
    except csv.Error:
        raise UnreadableFile("csv") from None

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        for number, cells in enumerate(reader, start=2):
            if not blank(cells):
                yield number, list(cells)

    return Table(headers=headers, rows=rows())


def xlsx_table(data: bytes) -> Table:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise UnreadableFile("xlsx") from None
    sheet = workbook.active
    cells = sheet.iter_rows(values_only=True)
    first = next(cells, None)
    if first is None:
        workbook.close()
        raise UnreadableFile("empty")
    headers = ["" if cell is None else str(cell).strip() for cell in first]

    def rows() -> Iterator[tuple[int, list[Cell]]]:
        try:
            for number, values in enumerate(cells, start=2):
                values = list(values)
                if not blank(values):
                    yield number, values
        finally:
            workbook.close()

    return Table(headers=headers, rows=rows())


def table_read(*, data: bytes, name: str) -> Table:
    """The header and the non-blank rows of a CSV or XLSX file. Raises ``UnreadableFile``."""
    table = xlsx_table(data) if file_kind(name) == "xlsx" else csv_table(data)
    if not any(table.headers):
        raise UnreadableFile("no_header")
    return table
