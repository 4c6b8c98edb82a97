from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_times_are_shown_in_the_employees_own_zone(client, department):
    """Tbilisi is UTC+4, Moscow UTC+3: the same deadline reads an hour earlier in Moscow."""
    with time_machine.travel(datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Asia/Tbilisi")), tick=False):
        complaint = complaint_make(department=department)
    moscow = UserFactory(role=User.Role.QMS, time_zone="Europe/Moscow")
    client.force_login(moscow)
    page = client.get(complaint.get_absolute_url()).content.decode()
    assert "11/25/2026 5 p.m." in page  # 18:00 in Tbilisi
    client.force_login(UserFactory(role=User.Role.QMS))
    assert "11/25/2026 6 p.m." in client.get(reverse("web:complaint", args=[complaint.tracking_number])).content.decode()
