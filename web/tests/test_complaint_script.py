"""Tick and untick the conversation script on the complaint page; the timeline says which steps changed."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from coaching.script import ScriptStep
from complaints.models import Interaction
from complaints.tests.factories import complaint_make
from web.tests.pages import action_post, page_messages, page_text


@pytest.mark.django_db
def test_agent_ticks_and_unticks_steps(client_for, agent, department):
    # given
    complaint = complaint_make(department=department, registered_by=agent, script_steps=[ScriptStep.LISTEN])
    # when
    response = action_post(client_for(agent), complaint, "script",
                           {"steps": [ScriptStep.REPEAT, ScriptStep.FEELINGS]})
    # then
    complaint.refresh_from_db()
    assert complaint.script_steps == [ScriptStep.REPEAT, ScriptStep.FEELINGS]
    assert page_messages(response) == [("success", "The conversation script is saved.")]
    entry = complaint.interactions.last()
    assert entry.kind == Interaction.Kind.SCRIPT_UPDATED and entry.actor == agent
    text = page_text(response)
    assert f"Done: {ScriptStep.REPEAT.label}; {ScriptStep.FEELINGS.label}" in text
    assert f"Undone: {ScriptStep.LISTEN.label}" in text


@pytest.mark.django_db
def test_unknown_step_is_refused(client_for, agent, complaint):
    # when
    response = action_post(client_for(agent), complaint, "script", {"steps": ["shout"]})
    # then
    complaint.refresh_from_db()
    assert complaint.script_steps == []
    assert page_messages(response)[0][0] == "error"
    assert "shout" in page_messages(response)[0][1]


@pytest.mark.django_db
def test_someone_who_cannot_see_the_complaint_gets_not_found(client_for, other_department, complaint):
    # given
    outsider = UserFactory(role=User.Role.RESPONSIBLE, department=other_department)
    # when
    response = client_for(outsider).post(f"{complaint.get_absolute_url()}script/", {"steps": ["listen"]})
    # then
    assert response.status_code == 404
    complaint.refresh_from_db()
    assert complaint.script_steps == []
