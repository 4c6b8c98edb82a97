"""Closed complaints and sent surveys, reached through the real services."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from complaints.choices import Status
from complaints.tests.states import complaint_in_status
from notifications.models import Email

TBILISI = ZoneInfo("Asia/Tbilisi")  # the site's time zone, which the fallback calendar keeps (Mon–Fri 9–18)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TBILISI)


def closed_at(moment: datetime, *, department, driver, language: str = "ka"):
    """A complaint closed by ``driver`` at ``moment``, in the customer's ``language``."""
    with time_machine.travel(moment, tick=False):
        complaint = complaint_in_status(status=Status.CLOSED, department=department, driver=driver)
    if complaint.language != language:
        type(complaint).objects.filter(pk=complaint.pk).update(language=language)
        complaint.refresh_from_db()
    return complaint


def survey_link(complaint) -> str:
    """The survey link as the customer reads it in the e-mail."""
    email = Email.objects.get(key=f"survey:{complaint.pk}")
    return re.search(r"https?://\S+/survey/[\w-]+/", email.text).group(0)


def survey_path(complaint) -> str:
    return "/" + survey_link(complaint).split("/", 3)[3]


@pytest.fixture
def closed_complaint(department, responsible):
    """Closed on Monday 23 November 2026 at 10:00 in Tbilisi."""
    return closed_at(local(2026, 11, 23, 10, 0), department=department, driver=responsible)


@pytest.fixture
def surveyed(closed_complaint):
    """The closed complaint whose survey went out the next day at 10:00."""
    from followup.services import surveys_send

    moment = local(2026, 11, 24, 10, 0)
    with time_machine.travel(moment, tick=False):
        surveys_send(now=moment)
    closed_complaint.refresh_from_db()
    return closed_complaint
