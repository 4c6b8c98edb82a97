"""Cells become dates, times and choices however a spreadsheet in Russian, Georgian or English wrote them."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from complaints.choices import Status, Validity
from intake.importing.values import BadValue, choice_names, choice_value, date_value, datetime_value

TBILISI = ZoneInfo("Asia/Tbilisi")


@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)),
       pattern=st.sampled_from(["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%Y.%m.%d"]))
def test_a_date_written_any_usual_way_reads_back(day, pattern):
    assert date_value(day.strftime(pattern)) == day


@given(moment=st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 1, 1)).map(
    lambda m: m.replace(microsecond=0)), pattern=st.sampled_from(["%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M:%S"]))
def test_a_time_without_a_zone_is_the_companys(moment, pattern):
    assert datetime_value(moment.strftime(pattern), zone=TBILISI) == moment.replace(tzinfo=TBILISI)


def test_cells_of_a_workbook_and_whole_dates():
    assert datetime_value(datetime(2025, 3, 1, 9, 30), zone=TBILISI) == datetime(2025, 3, 1, 9, 30, tzinfo=TBILISI)
    assert datetime_value("20.11.2025", zone=TBILISI) == datetime.combine(date(2025, 11, 20), time(), TBILISI)
    assert datetime_value("", zone=TBILISI) is None


def test_a_date_that_does_not_exist_is_refused_in_russian():
    with translation.override("ru"), pytest.raises(BadValue) as refused:
        date_value("31.02.2025")
    assert refused.value.reason == "«31.02.2025» — не дата. Запишите её как 2026-11-20 или 20.11.2026."


@pytest.mark.parametrize(("text", "value"), [
    ("Закрыта", Status.CLOSED), ("დახურულია", Status.CLOSED), ("closed", Status.CLOSED), ("CLOSED", Status.CLOSED),
    ("Обоснованная", Validity.JUSTIFIED), ("Частично обоснованная", Validity.PARTIAL),
    ("Unjustified", Validity.UNJUSTIFIED),
])
def test_choices_in_any_of_the_three_languages(text, value):
    names = choice_names(Status if value in Status.values else Validity)
    assert choice_value(text, names=names, allowed=[]) == value


def test_an_unknown_choice_lists_the_allowed_values_in_georgian():
    with translation.override("ka"), pytest.raises(BadValue) as refused:
        choice_value("Непонятно", names=choice_names(Validity), allowed=Validity.values)
    assert refused.value.reason == "„Непонятно“ არ არის ერთ-ერთი ამათგან: justified, partial, unjustified."
