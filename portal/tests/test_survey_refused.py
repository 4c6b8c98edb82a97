"""A reused, an expired and an unknown survey link are refused, each saying why, in the customer's language."""

import pytest
import time_machine

from followup.models import Survey
from followup.tests.conftest import local
from followup.tests.surveys import ANSWERS, survey_sent

LATER = local(2026, 11, 25, 12, 0)


def refusal(response) -> str:
    page = response.content.decode()
    return page.split('id="survey-refused-message">', 1)[1].split("</p>", 1)[0]


@pytest.mark.django_db
def test_a_reused_link_is_refused_and_the_first_answers_stay(client, department, responsible):
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    with time_machine.travel(LATER, tick=False):
        client.post(path, ANSWERS)
        client.get(path)  # the thank-you is shown once
        # when
        opened = client.get(path)
        posted = client.post(path, {**ANSWERS, "solved": "no", "comment": "Changed my mind"})
    # then
    assert opened.status_code == posted.status_code == 410
    assert refusal(opened) == "This survey has already been answered. Thank you: your answers are with us."
    survey = Survey.objects.get(complaint=complaint)
    assert survey.solved is True and survey.comment == "Thank you, all works."


@pytest.mark.django_db
def test_an_expired_link_is_refused(client, department, responsible):
    # given: the link is valid for 30 days from 24 November 10:00
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(local(2026, 12, 24, 10, 0), tick=False):
        opened = client.get(path)
        posted = client.post(path, ANSWERS)
    # then
    assert opened.status_code == posted.status_code == 410
    assert refusal(opened) == "This survey link has expired. If the problem is not solved, please call us."
    assert Survey.objects.get(complaint=complaint).answered_at is None


@pytest.mark.django_db
def test_an_unknown_link_is_refused(client, department, responsible):
    # given
    survey_sent(department=department, driver=responsible)
    # when
    response = client.get("/survey/not-a-real-token/", HTTP_ACCEPT_LANGUAGE="en")
    # then
    assert response.status_code == 404
    assert refusal(response) == ("This survey link is not valid. Please check that you copied the whole link "
                                 "from our e-mail.")


@pytest.mark.django_db
def test_the_refusal_is_in_the_customer_language(client, department, responsible):
    # given
    _complaint, path = survey_sent(department=department, driver=responsible, language="ru")
    # when
    with time_machine.travel(local(2027, 1, 10, 10, 0), tick=False):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    # then
    assert response.status_code == 410 and '<html lang="ru">' in response.content.decode()
    assert 'data-reason="expired"' in response.content.decode()
