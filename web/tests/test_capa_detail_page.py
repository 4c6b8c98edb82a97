"""One corrective action: its complaints, its history, and the status and effectiveness forms."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory

from capa.models import CorrectiveAction
from capa.services import corrective_action_update_status
from capa.tests.factories import corrective_action_make
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_status_changed_from_the_page(client_for, qms, responsible, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    browser = client_for(responsible)
    # when
    response = browser.post(reverse("web:capa_status", kwargs={"action_id": action.pk}),
                            {"status": "in_progress", "note": "Started"}, follow=True)
    # then
    page = response.content.decode()
    assert "The corrective action is now: In progress." in page
    assert "Corrective action status changed" in page
    action.refresh_from_db()
    assert action.status == CorrectiveAction.Status.IN_PROGRESS


@pytest.mark.django_db
def test_effectiveness_form_only_once_done(client_for, qms, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    browser = client_for(qms)
    assert 'id="capa-check-form"' not in browser.get(action.get_absolute_url()).content.decode()
    corrective_action_update_status(action=action, actor=qms, status=CorrectiveAction.Status.DONE)
    assert 'id="capa-check-form"' in browser.get(action.get_absolute_url()).content.decode()
    # when
    response = browser.post(reverse("web:capa_effectiveness", kwargs={"action_id": action.pk}),
                            {"result": "effective", "note": "No such complaints since"}, follow=True)
    # then
    page = response.content.decode()
    assert "The effectiveness check is recorded." in page
    assert 'id="capa-result"' in page and "No such complaints since" in page
    assert 'id="capa-check-form"' not in page


@pytest.mark.django_db
def test_effectiveness_refused_before_done(client_for, qms, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    # when
    response = client_for(qms).post(reverse("web:capa_effectiveness", kwargs={"action_id": action.pk}),
                                    {"result": "effective", "note": "Too early"}, follow=True)
    # then
    assert "Record the effectiveness once the corrective action is done." in response.content.decode()


@pytest.mark.django_db
def test_a_head_of_another_department_gets_not_found(client_for, qms, complaint, other_department):
    # given
    stranger = UserFactory(role=User.Role.HEAD, department=other_department)
    action = corrective_action_make(actor=qms, complaints=[complaint])
    # when
    response = client_for(stranger).get(action.get_absolute_url())
    # then
    assert response.status_code == 404


@pytest.mark.django_db
def test_detail_query_count_does_not_grow_with_complaints(client_for, qms, department,
                                                          django_assert_num_queries):
    # given
    browser = client_for(qms)
    small = corrective_action_make(actor=qms, complaints=[complaint_make(department=department)])
    with CaptureQueriesContext(connection) as one:
        browser.get(small.get_absolute_url())
    # when
    large = corrective_action_make(actor=qms, complaints=[complaint_make(department=department) for _ in range(6)])
    # then
    with django_assert_num_queries(len(one.captured_queries)):
        page = browser.get(large.get_absolute_url()).content.decode()
    assert page.count('class="capa-complaint"') == 6
