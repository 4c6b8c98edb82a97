"""Seeded tracking numbers are unique, and registration continues after them."""

import re

from django.core.management import call_command

from complaints.models import Complaint
from complaints.tests.factories import complaint_make
from intake.services import search_text_for
from intake.tracking import tracking_numbers_take
from routing.models import Department

NUMBER = re.compile(r"^CD-(\d{4})-(\d{6})$")


def test_numbers_are_unique_and_the_next_of_each_year_comes_after_them(seeded):
    # given
    numbers = [c.tracking_number for c in seeded]
    # then
    assert len(set(numbers)) == len(numbers)
    highest: dict[int, int] = {}
    for complaint in seeded:
        year, sequence = map(int, NUMBER.match(complaint.tracking_number).groups())
        assert year == complaint.created_at.year
        highest[year] = max(highest.get(year, 0), sequence)
    for year, sequence in highest.items():
        [following] = tracking_numbers_take(year=year, count=1)
        assert int(NUMBER.match(following).group(2)) > sequence
    assert len({c.access_token for c in seeded}) == len(seeded)


def test_next_registration_gets_a_fresh_number(seeded):
    # given
    numbers = {c.tracking_number for c in seeded}
    # when
    complaint = complaint_make(department=Department.objects.get(code="support"))
    # then
    assert complaint.tracking_number not in numbers
    assert Complaint.objects.filter(tracking_number=complaint.tracking_number).count() == 1


def test_seeding_twice_never_reuses_a_number(seeded):
    # when
    call_command("seed", count=50, seed=7, verbosity=0)
    # then
    numbers = list(Complaint.objects.values_list("tracking_number", flat=True))
    assert len(numbers) == 250 == len(set(numbers))


def test_search_text_is_the_registration_services(seeded):
    # then
    for complaint in seeded:
        assert complaint.search_text == search_text_for(complaint)
