"""Similar complaints show only what the viewer may see."""

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make
from similarity.selectors import complaint_similarity_panel

from .texts import STORIES


def test_agent_sees_only_the_similar_complaints_they_registered(department, other_department, agent, qms):
    # given: the same story registered by this agent and by another in another department
    story, reworded, _ = STORIES["ka"]
    colleague = UserFactory(username="colleague", role=User.Role.AGENT, department=other_department)
    mine = complaint_make(department=department, registered_by=agent, fields={
        "description": story, "contact_email": "a@example.com", "contact_phone": ""})
    theirs = complaint_make(department=other_department, registered_by=colleague, fields={
        "description": story, "contact_email": "b@example.com", "contact_phone": ""})
    # when
    current = complaint_make(department=department, registered_by=agent, fields={
        "description": reworded, "contact_email": "c@example.com", "contact_phone": ""})
    # then
    assert {s.complaint for s in complaint_similarity_panel(complaint=current, user=agent).similar} == {mine}
    assert {s.complaint for s in complaint_similarity_panel(complaint=current, user=qms).similar} == {mine, theirs}


def test_department_responsible_sees_their_departments(department, other_department, agent, responsible):
    # given
    story, reworded, _ = STORIES["en"]
    ours = complaint_make(department=department, registered_by=None, fields={
        "description": story, "contact_email": "a@example.com", "contact_phone": ""})
    complaint_make(department=other_department, registered_by=None, fields={
        "description": story, "contact_email": "b@example.com", "contact_phone": ""})
    current = complaint_make(department=department, registered_by=None, fields={
        "description": reworded, "contact_email": "c@example.com", "contact_phone": ""})
    # when
    panel = complaint_similarity_panel(complaint=current, user=responsible)
    # then
    assert [s.complaint for s in panel.similar] == [ours]
