"""The responsible records the validity and the root cause from the complaint page."""

import pytest

from complaints.choices import Status
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from resolution.models import RootCause
from web.tests.pages import action_post, page_messages, page_text


@pytest.mark.django_db
def test_the_investigation_is_recorded_from_the_page(client_for, responsible, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    assert 'id="investigation-form"' in client_for(responsible).get(in_work.get_absolute_url()).content.decode()
    cause = RootCause.objects.get(code="product_defect")
    # when
    response = action_post(client_for(responsible), in_work, "investigation",
                           {"validity": "justified", "root_cause": cause.pk, "note": "Batch 17 is faulty"})
    # then
    in_work.refresh_from_db()
    assert (in_work.validity, in_work.root_cause, in_work.root_cause_note) == ("justified", cause,
                                                                               "Batch 17 is faulty")
    assert page_messages(response) == [("success", "The root cause and the validity are recorded.")]
    assert in_work.interactions.last().kind == Interaction.Kind.INVESTIGATED
    assert 'id="investigation-recorded"' in response.content.decode()


@pytest.mark.django_db
def test_not_established_for_a_justified_complaint_is_refused_on_the_page(client_for, responsible, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    cause = RootCause.objects.get(code=RootCause.NOT_ESTABLISHED)
    # when
    response = action_post(client_for(responsible), in_work, "investigation",
                           {"validity": "justified", "root_cause": cause.pk})
    # then
    in_work.refresh_from_db()
    assert in_work.root_cause is None
    assert page_messages(response) == [
        ("error", "A root cause may be “not established” only for an unjustified complaint.")]


@pytest.mark.django_db
def test_an_agent_sees_no_investigation_form_and_is_refused(client_for, responsible, agent, department):
    # given
    in_work = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible,
                                  registered_by=agent)
    assert 'id="investigation-form"' not in client_for(agent).get(in_work.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(agent), in_work, "investigation",
                           {"validity": "justified", "root_cause": RootCause.objects.get(code="price").pk})
    # then
    assert page_messages(response) == [("error", "You may not record the validity or the root cause of this complaint.")]


@pytest.mark.django_db
def test_a_closed_complaint_still_shows_its_root_cause(client_for, responsible, department):
    # given
    closed = complaint_in_status(status=Status.CLOSED, department=department, driver=responsible)
    # when
    response = client_for(responsible).get(closed.get_absolute_url())
    # then
    page = response.content.decode()
    assert 'id="investigation-form"' not in page
    assert "Recorded: Justified, root cause “Service error”." in page_text(response)
