"""Registration dates the deadline with the department's calendar and the matching policy."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from complaints.choices import Importance, Origin
from complaints.tests.factories import complaint_make
from deadlines.models import BusinessCalendar, CalendarDay, DeadlinePolicy

TBILISI = ZoneInfo("Asia/Tbilisi")
FRIDAY = datetime(2026, 11, 20, 10, 0, tzinfo=TBILISI)


def register_on_friday(**kwargs):
    with time_machine.travel(FRIDAY, tick=False):
        return complaint_make(**kwargs)


@pytest.mark.django_db
def test_the_default_calendar_skips_public_holidays(department):
    # given: Georgia's calendar; Monday 2026-11-23 is St George's Day
    BusinessCalendar.objects.create(name="Georgia", country="GE", time_zone="Asia/Tbilisi", is_default=True,
                                    working_weekdays=[0, 1, 2, 3, 4])
    # when
    complaint = register_on_friday(department=department)
    # then: Tuesday, Wednesday, Thursday
    assert complaint.due_at == datetime(2026, 11, 26, 18, 0, tzinfo=TBILISI)


@pytest.mark.django_db
def test_a_department_keeps_its_own_calendar_and_company_days(department, other_department):
    # given
    BusinessCalendar.objects.create(name="Georgia", country="GE", time_zone="Asia/Tbilisi", is_default=True,
                                    working_weekdays=[0, 1, 2, 3, 4])
    moscow = BusinessCalendar.objects.create(name="Moscow office", country="RU", time_zone="Europe/Moscow",
                                             working_weekdays=[0, 1, 2, 3, 4])
    CalendarDay.objects.create(calendar=moscow, date=datetime(2026, 11, 24).date(), kind=CalendarDay.Kind.DAY_OFF)
    other_department.calendar = moscow
    other_department.save()
    # when
    complaint = register_on_friday(department=other_department)
    # then: Moscow works on the 23rd, the company rests on the 24th: Mon 23, Wed 25, Thu 26
    assert complaint.due_at == datetime(2026, 11, 26, 18, 0, tzinfo=ZoneInfo("Europe/Moscow"))


@pytest.mark.django_db
def test_the_most_specific_policy_decides_the_number_of_days(department):
    # given
    DeadlinePolicy.objects.create(name="Critical", importance=Importance.CRITICAL, solution_business_days=1)
    DeadlinePolicy.objects.create(name="Internal", origin=Origin.INTERNAL, solution_business_days=5)
    # when
    critical = register_on_friday(department=department, importance=Importance.CRITICAL)
    normal = register_on_friday(department=department)
    # then
    assert critical.due_at == datetime(2026, 11, 23, 18, 0, tzinfo=TBILISI)
    assert normal.due_at == datetime(2026, 11, 25, 18, 0, tzinfo=TBILISI)
