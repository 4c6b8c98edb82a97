"""CSV in any common encoding and delimiter, and XLSX, read back as the same header and rows."""

import codecs
import csv
import io
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.importing.reading import UnreadableFile, table_read

from .files import xlsx_upload

# Text a Russian accounting export can hold in Windows-1251: Cyrillic, Latin, digits, punctuation.
CP1251_TEXT = st.text(alphabet=st.sampled_from("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя"
                                                "ABCxyz0123456789 .:-+()№\"'"), min_size=1, max_size=20)
# A cell holding a delimiter is tested on its own below: with one column, which split is meant is undecidable.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters=",;|"),
                   min_size=1, max_size=20)


def written(rows: list[list[str]], *, delimiter: str, encoding: str) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode(encoding)


def tables(text: st.SearchStrategy[str]) -> st.SearchStrategy[list[list[str]]]:
    cell = text.filter(lambda value: value.strip() == value and value)
    return st.integers(min_value=2, max_value=5).flatmap(
        lambda width: st.lists(st.lists(cell, min_size=width, max_size=width), min_size=2, max_size=6))


@settings(max_examples=60, deadline=None)
@given(rows=tables(CP1251_TEXT), delimiter=st.sampled_from(",;\t|"), encoding=st.sampled_from(
    ["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
def test_csv_reads_back_whatever_encoding_and_delimiter(rows, delimiter, encoding):
    # when
    table = table_read(data=written(rows, delimiter=delimiter, encoding=encoding), name="export.csv")
    # then
    assert table.headers == rows[0]
    assert [cells for _number, cells in table.rows] == rows[1:]


@settings(max_examples=40, deadline=None)
@given(rows=tables(ANY_TEXT))
def test_utf8_with_a_bom_reads_any_script(rows):
    # when
    table = table_read(data=codecs.BOM_UTF8 + written(rows, delimiter=";", encoding="utf-8"), name="a.csv")
    # then
    assert table.headers == rows[0] and [cells for _n, cells in table.rows] == rows[1:]


def test_quoted_cells_keep_their_delimiters_and_line_breaks():
    # given
    data = 'Дата;Описание;Клиент\n01.02.2025;"Сказал: ""верните деньги""; и ушёл,\nхлопнув дверью";ООО «Альфа»\n'
    # when
    table = table_read(data=data.encode("cp1251"), name="a.csv")
    # then
    assert list(table.rows) == [(2, ["01.02.2025", 'Сказал: "верните деньги"; и ушёл,\nхлопнув дверью',
                                     "ООО «Альфа»"])]


def test_row_numbers_are_those_a_spreadsheet_shows_and_blank_rows_are_skipped():
    # given
    data = "Дата;Описание\n01.02.2025;Первая\n;\n02.02.2025;Вторая\n".encode("cp1251")
    # when
    rows = list(table_read(data=data, name="a.csv").rows)
    # then
    assert rows == [(2, ["01.02.2025", "Первая"]), (4, ["02.02.2025", "Вторая"])]


def test_xlsx_keeps_dates_as_dates():
    # given
    upload = xlsx_upload([["თარიღი", "აღწერა"], [datetime(2025, 3, 1, 9, 30), "ტექსტი"], [None, None],
                          [datetime(2025, 3, 2), 12345]])
    # when
    table = table_read(data=upload.read(), name="history.xlsx")
    # then
    assert table.headers == ["თარიღი", "აღწერა"]
    assert list(table.rows) == [(2, [datetime(2025, 3, 1, 9, 30), "ტექსტი"]), (4, [datetime(2025, 3, 2), 12345])]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("scan.pdf", b"%PDF", "extension"),
    ("empty.csv", b"", "empty"),
    ("broken.xlsx", b"not a zip", "xlsx"),
    ("blank.csv", b";;\n1;2;3\n", "no_header"),
])
def test_what_cannot_be_read_says_why(name, data, reason):
    with pytest.raises(UnreadableFile) as refused:
        table_read(data=data, name=name)
    assert refused.value.reason == reason
