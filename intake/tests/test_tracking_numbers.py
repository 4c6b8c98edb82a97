"""Tracking numbers: per year, never given twice, continuing after the numbers given before."""

import pytest
from django.db import transaction
from django.utils import timezone

from complaintdesk.rows import row_insert
from complaints.models import TrackingCounter
from intake.models import Receipt
from intake.tracking import (
    tracking_number_format,
    tracking_number_in_insert,
    tracking_number_next,
    tracking_numbers_take,
)

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


def test_a_number_taken_inside_the_insert_follows_the_others_in_the_same_format():
    # given
    assert tracking_number_next(year=2034) == "CD-2034-000001"
    receipt = receipt_unsaved(token="inside-1")
    # when: the receipt's INSERT takes the number (PostgreSQL), or it is taken just before (SQLite)
    with transaction.atomic():
        receipt.tracking_number = tracking_number_in_insert(year=2034)
        row_insert(receipt)
    # then: read back onto the receipt, stored, and the next number follows it
    assert receipt.tracking_number == "CD-2034-000002"
    assert Receipt.objects.get(pk=receipt.pk).tracking_number == "CD-2034-000002"
    assert tracking_number_next(year=2034) == "CD-2034-000003"


def test_numbers_past_six_digits_are_written_whole():
    # given: a year past its millionth complaint
    TrackingCounter.objects.create(year=2035, last=999_999)
    receipt = receipt_unsaved(token="inside-2")
    # when
    with transaction.atomic():
        receipt.tracking_number = tracking_number_in_insert(year=2035)
        row_insert(receipt)
    # then
    assert receipt.tracking_number == "CD-2035-1000000" == tracking_number_format(year=2035, sequence=1_000_000)


def receipt_unsaved(*, token: str) -> Receipt:
    return Receipt(channel="web", fields={"contact_name": "Nino"}, kind="complaint", access_token=token,
                   received_at=timezone.now())
