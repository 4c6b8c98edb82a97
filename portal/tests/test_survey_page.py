"""Opening the survey link shows the questions and answers nothing; the form's POST answers once."""

import pytest
import time_machine
from django.test import Client

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.models import Interaction
from followup.models import Survey
from followup.tests.conftest import local
from followup.tests.surveys import ANSWERS, survey_sent

LATER = local(2026, 11, 25, 12, 0)


@pytest.mark.django_db
def test_opening_the_link_shows_the_questions_and_answers_nothing(client, department, responsible):
    """Mail scanners open links: a GET, even twice, leaves the survey unanswered."""
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(LATER, tick=False):
        first = client.get(path)
        second = client.get(path)
    # then
    page = first.content.decode()
    assert first.status_code == second.status_code == 200
    assert 'id="survey-form"' in page and 'method="post"' in page and "csrfmiddlewaretoken" in page
    for question in ("Is the problem really solved?", "How satisfied are you with how your complaint was handled?",
                     "Will you keep working with us?", "How likely are you to recommend us to others?"):
        assert question in page
    assert first["X-Robots-Tag"] == "noindex, nofollow"
    survey = Survey.objects.get(complaint=complaint)
    assert survey.answered_at is None and survey.solved is None
    assert not complaint.interactions.filter(kind=Interaction.Kind.SURVEY_ANSWERED).exists()


@pytest.mark.django_db
def test_the_page_speaks_the_customer_language(client, department, responsible):
    # given
    _complaint, path = survey_sent(department=department, driver=responsible, language="ka")
    # when
    with time_machine.travel(LATER, tick=False):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    # then
    assert '<html lang="ka">' in response.content.decode()


@pytest.mark.django_db
def test_the_customer_answers_with_the_form(client, department, responsible):
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(LATER, tick=False):
        response = client.post(path, ANSWERS, follow=True)
    # then
    assert response.redirect_chain == [(path, 302)]
    assert "Thank you for your answers." in response.content.decode()
    survey = Survey.objects.get(complaint=complaint)
    assert (survey.solved, survey.handling_score, survey.keeps_working, survey.recommend_score, survey.comment,
            survey.answered_at) == (True, 4, "yes", 9, "Thank you, all works.", LATER)
    complaint.refresh_from_db()
    assert complaint.status == Status.CLOSED
    entry = complaint.interactions.get(kind=Interaction.Kind.SURVEY_ANSWERED)
    assert entry.by_customer and entry.body == "Thank you, all works."
    assert AuditRecord.objects.filter(action=AuditAction.SURVEY_ANSWERED, target_id=str(complaint.pk),
                                      actor_label="customer").count() == 1


@pytest.mark.django_db
def test_an_incomplete_form_is_shown_again_with_errors(client, department, responsible):
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(LATER, tick=False):
        response = client.post(path, {**ANSWERS, "recommend_score": ""})
    # then
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    assert Survey.objects.get(complaint=complaint).answered_at is None


@pytest.mark.django_db
def test_a_post_without_the_page_csrf_token_is_refused(department, responsible):
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    browser = Client(enforce_csrf_checks=True)
    # when
    with time_machine.travel(LATER, tick=False):
        response = browser.post(path, ANSWERS)
    # then
    assert response.status_code == 403
    assert Survey.objects.get(complaint=complaint).answered_at is None
