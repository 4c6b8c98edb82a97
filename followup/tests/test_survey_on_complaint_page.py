"""The staff complaint page shows the survey's answers, or that it waits for them."""

import pytest
import time_machine
from django.test import Client

from followup.tests.conftest import local
from followup.tests.surveys import ANSWERS, survey_sent


@pytest.mark.django_db
def test_the_staff_page_shows_the_answers(client, department, responsible, qms):
    # given
    qms.language = "en"
    qms.save(update_fields=["language"])
    complaint, path = survey_sent(department=department, driver=responsible)
    staff = Client()
    staff.force_login(qms)
    waiting = staff.get(complaint.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    with time_machine.travel(local(2026, 11, 25, 12, 0), tick=False):
        client.post(path, {**ANSWERS, "keeps_working": "undecided", "comment": "Slow, but fixed."})
    # when
    page = staff.get(complaint.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # then
    assert 'id="survey-waiting"' in waiting
    section = page.split('id="survey"', 1)[1].split("</section>", 1)[0]
    assert "Follow-up survey" in page
    assert "4 of 5" in section and "9 of 10" in section and "Undecided" in section
    assert "Slow, but fixed." in section
