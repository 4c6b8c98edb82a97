import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make

pytestmark = pytest.mark.django_db


def test_an_agents_token_sees_only_what_the_agent_registered(agent, department, api_for):
    # given
    mine = complaint_make(department=department, registered_by=agent)
    colleague = UserFactory(username="agent2", role=User.Role.AGENT, department=department)
    theirs = complaint_make(department=department, registered_by=colleague)
    api = api_for(agent)

    # when
    listed = api.get("/complaints")
    other = api.get(f"/complaints/{theirs.tracking_number}")

    # then
    assert [item["number"] for item in listed.json()["items"]] == [mine.tracking_number]
    assert other.status_code == 404


def test_an_agent_may_not_take_a_complaint(agent, complaint, api_for):
    # given
    api = api_for(agent)

    # when
    response = api.post(f"/complaints/{complaint.tracking_number}/transitions", {"action": "take"})

    # then
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert response.json()["detail"] == "You may not take this complaint."
    complaint.refresh_from_db()
    assert complaint.assignee_id is None
