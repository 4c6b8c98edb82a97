"""A survey sent through the real job, and its link as the customer reads it."""

import time_machine

from complaints.models import Complaint
from followup.services import surveys_send
from followup.tests.conftest import closed_at, local, survey_path

SENT_AT = local(2026, 11, 24, 10, 0)


def survey_sent(*, department, driver, language: str = "en") -> tuple[Complaint, str]:
    """Closed Monday 23 November 2026 10:00, surveyed on Tuesday 10:00; the complaint and its survey page path."""
    complaint = closed_at(local(2026, 11, 23, 10, 0), department=department, driver=driver, language=language)
    with time_machine.travel(SENT_AT, tick=False):
        surveys_send(now=SENT_AT)
    complaint.refresh_from_db()
    return complaint, survey_path(complaint)


ANSWERS = {"solved": "yes", "handling_score": "4", "keeps_working": "yes", "recommend_score": "9",
           "comment": "Thank you, all works."}
