"""The queue shows each role what it may see: agents what they registered, departments theirs, QMS everything."""

import pytest
from django.urls import reverse

from complaints.tests.factories import complaint_make
from web.tests.pages import queue_numbers


@pytest.fixture
def complaints(department, other_department, agent, qms):
    """One complaint the agent registered, one of the same department from the web, one of another department."""
    return {
        "by_agent": complaint_make(department=department, registered_by=agent),
        "same_department": complaint_make(department=department),
        "other_department": complaint_make(department=other_department, registered_by=qms),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "visible"),
    [
        ("agent", {"by_agent"}),
        ("responsible", {"by_agent", "same_department"}),
        ("head", {"by_agent", "same_department"}),
        ("qms", {"by_agent", "same_department", "other_department"}),
    ],
)
def test_queue_shows_what_the_role_may_see(request, client_for, complaints, role, visible):
    # given
    user = request.getfixturevalue(role)
    # when
    response = client_for(user).get(reverse("web:queue"))
    # then
    assert response.status_code == 200
    assert set(queue_numbers(response)) == {complaints[name].tracking_number for name in visible}


@pytest.mark.django_db
def test_queue_rows_link_to_the_complaint(client_for, qms, complaints):
    # given
    complaint = complaints["by_agent"]
    # when
    response = client_for(qms).get(reverse("web:queue"))
    # then
    assert f'href="{complaint.get_absolute_url()}"' in response.content.decode()
