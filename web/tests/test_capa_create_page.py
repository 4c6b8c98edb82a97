"""Corrective actions are created from a complaint's page or from complaints selected in the queue."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from capa.models import CorrectiveAction
from complaints.models import Interaction
from complaints.tests.factories import complaint_make


def form_data(*, numbers: list[str], owner) -> dict:
    today = timezone.localdate()
    return {"complaint": numbers, "cause": "Installer skips the report templates", "owner": owner.pk,
            "due_on": (today + timedelta(days=5)).isoformat(), "check_on": (today + timedelta(days=40)).isoformat(),
            "customer_text": "The installer now keeps your reports."}


@pytest.mark.django_db
def test_complaint_page_links_to_the_form(client_for, responsible, complaint):
    # when
    page = client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    # then
    assert 'id="capa"' in page
    assert f'{reverse("web:capa_new")}?complaint={complaint.tracking_number}' in page
    assert "removes its cause so that it does not happen again" in page


@pytest.mark.django_db
def test_an_agent_sees_no_create_link(client_for, agent, complaint):
    # when
    page = client_for(agent).get(complaint.get_absolute_url()).content.decode()
    # then
    assert 'id="capa-create"' not in page


@pytest.mark.django_db
def test_created_from_two_selected_complaints(client_for, head, responsible, department, agent):
    # given
    complaints = [complaint_make(department=department, registered_by=agent) for _ in range(2)]
    numbers = [c.tracking_number for c in complaints]
    browser = client_for(head)
    form = browser.get(reverse("web:capa_new"), {"complaint": numbers}).content.decode()
    assert all(number in form for number in numbers)
    # when
    response = browser.post(reverse("web:capa_new"), form_data(numbers=numbers, owner=responsible), follow=True)
    # then
    action = CorrectiveAction.objects.get()
    assert response.redirect_chain[-1][0] == action.get_absolute_url()
    assert "The corrective action is created." in response.content.decode()
    assert set(action.complaints.all()) == set(complaints)
    for complaint in complaints:
        assert complaint.interactions.filter(kind=Interaction.Kind.CAPA_CREATED).count() == 1


@pytest.mark.django_db
def test_a_refusal_is_shown_on_the_form(client_for, qms, responsible, complaint):
    # given: the check before the due date
    data = form_data(numbers=[complaint.tracking_number], owner=responsible)
    data["check_on"] = timezone.localdate().isoformat()
    # when
    response = client_for(qms).post(reverse("web:capa_new"), data)
    # then
    assert response.status_code == 200
    assert "The effectiveness check cannot come before the due date." in response.content.decode()
    assert not CorrectiveAction.objects.exists()


@pytest.mark.django_db
def test_a_complaint_of_another_department_is_not_found(client_for, head, other_department):
    # given
    foreign = complaint_make(department=other_department)
    # when
    response = client_for(head).get(reverse("web:capa_new"), {"complaint": foreign.tracking_number}, follow=True)
    # then
    page = response.content.decode()
    assert f"No complaint {foreign.tracking_number} was found." in page
    assert "Choose at least one complaint." in page
    assert response.redirect_chain[-1][0] == reverse("web:queue")
