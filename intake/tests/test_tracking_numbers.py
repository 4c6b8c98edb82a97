"""Tracking numbers: per year, never given twice, continuing after the numbers given before."""

import pytest

from complaints.models import TrackingCounter
from intake.tracking import tracking_number_next, tracking_numbers_take

pytestmark = pytest.mark.django_db


def test_a_year_starts_at_one_and_counts_up():
    assert tracking_number_next(year=2031) == "CD-2031-000001"
    assert tracking_numbers_take(year=2031, count=3) == ["CD-2031-000002", "CD-2031-000003", "CD-2031-000004"]
    assert tracking_number_next(year=2032) == "CD-2032-000001"


def test_numbers_continue_after_those_the_years_counter_gave():
    # given: numbers given before (SQLite's counter, or an installation from before the sequences)
    TrackingCounter.objects.create(year=2033, last=41)
    # then
    assert tracking_numbers_take(year=2033, count=2) == ["CD-2033-000042", "CD-2033-000043"]
