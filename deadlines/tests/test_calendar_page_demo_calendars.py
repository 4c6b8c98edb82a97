"""The demo company has a default calendar (Georgia) and one department on Russia's, made once."""

from datetime import time

import pytest

from complaintdesk.seeding.catalogue import catalogue_ensure
from deadlines.models import BusinessCalendar
from deadlines.selectors import deadline_rules
from routing.models import Department


@pytest.mark.django_db
def test_demo_calendars_are_made_once():
    # when
    catalogue_ensure()
    catalogue_ensure()
    # then
    georgia, russia = BusinessCalendar.objects.get(name="Georgia"), BusinessCalendar.objects.get(name="Russia")
    assert BusinessCalendar.objects.count() == 2
    assert (georgia.is_default, georgia.country, georgia.time_zone) == (True, "GE", "Asia/Tbilisi")
    assert (russia.is_default, russia.country, russia.time_zone) == (False, "RU", "Europe/Moscow")
    assert georgia.working_weekdays == [0, 1, 2, 3, 4] and (georgia.day_start, georgia.day_end) == (time(9), time(18))
    assert list(Department.objects.filter(calendar=russia).values_list("code", flat=True)) == ["implementation"]
    rules = deadline_rules()
    assert rules.default.country == "GE"
    assert rules.calendar_for(Department.objects.get(code="implementation").pk).time_zone == "Europe/Moscow"


@pytest.mark.django_db
def test_an_administrators_calendars_stay():
    # given: an administrator's own default, and the implementation department back on the default
    BusinessCalendar.objects.create(name="Head office", is_default=True, working_weekdays=[0, 1, 2, 3, 4])
    catalogue_ensure()
    Department.objects.filter(code="implementation").update(calendar=None)
    # when
    catalogue_ensure()
    # then
    assert BusinessCalendar.objects.get(is_default=True).name == "Head office"
    assert not Department.objects.filter(calendar__isnull=False).exists()
