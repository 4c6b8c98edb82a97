from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from complaints.tests.factories import complaint_make

TBILISI = ZoneInfo("Asia/Tbilisi")


@pytest.mark.django_db
def test_queue_and_complaint_page_show_the_business_time_left(client_for, department, responsible):
    """Registered Friday 10:00, seen Monday 15:00: due Wednesday 18:00, 21 working hours away."""
    # given
    with time_machine.travel(datetime(2026, 11, 20, 10, 0, tzinfo=TBILISI), tick=False):
        complaint = complaint_make(department=department)
    # when
    with time_machine.travel(datetime(2026, 11, 23, 15, 0, tzinfo=TBILISI), tick=False):
        queue = client_for(responsible).get(reverse("web:queue")).content.decode()
        page = client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    # then
    assert "2 working days 3 h left" in queue
    assert "2 working days 3 h left" in page


@pytest.mark.django_db
def test_an_overdue_complaint_says_by_how_much(client_for, department, responsible):
    with time_machine.travel(datetime(2026, 11, 2, 10, 0, tzinfo=TBILISI), tick=False):
        complaint = complaint_make(department=department)
    with time_machine.travel(datetime(2026, 11, 9, 12, 0, tzinfo=TBILISI), tick=False):
        page = client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    # due Thursday 5th 18:00; Friday 9 h, Monday 3 h
    assert "overdue by 1 working day 3 h" in page
