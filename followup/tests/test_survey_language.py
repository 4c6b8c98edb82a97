"""The survey e-mail is written in the customer's language; other languages get English."""

import pytest

from followup.models import Survey
from followup.services import surveys_send
from followup.tests.conftest import closed_at, local
from notifications.models import Email


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "expected"), [("ka", "ka"), ("ru", "ru"), ("en", "en"), ("de", "en")])
def test_the_survey_speaks_the_customer_language(department, responsible, language, expected):
    # given
    complaint = closed_at(local(2026, 11, 23, 10, 0), department=department, driver=responsible, language=language)
    # when
    surveys_send(now=local(2026, 11, 24, 10, 0))
    # then
    email = Email.objects.get(key=f"survey:{complaint.pk}")
    assert email.language == expected and Survey.objects.get(complaint=complaint).language == expected


@pytest.mark.django_db
def test_the_english_survey_asks_whether_the_problem_is_solved(department, responsible):
    # given
    complaint = closed_at(local(2026, 11, 23, 10, 0), department=department, driver=responsible, language="en")
    # when
    surveys_send(now=local(2026, 11, 24, 10, 0))
    # then
    email = Email.objects.get(key=f"survey:{complaint.pk}")
    assert email.subject == f"Complaint {complaint.tracking_number}: is the problem really solved?"


@pytest.mark.django_db
def test_the_georgian_survey_is_written_in_georgian(department, responsible):
    # given
    complaint = closed_at(local(2026, 11, 23, 10, 0), department=department, driver=responsible, language="ka")
    # when
    surveys_send(now=local(2026, 11, 24, 10, 0))
    # then
    email = Email.objects.get(key=f"survey:{complaint.pk}")
    assert email.subject == f"საჩივარი {complaint.tracking_number}: პრობლემა ნამდვილად მოგვარდა?"
    assert "გამოკითხვას აქ უპასუხეთ:" in email.text
