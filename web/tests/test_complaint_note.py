"""Record a call or add a note: both land on the timeline; an empty one is refused."""

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from web.tests.pages import action_post, page_messages, page_text


@pytest.mark.django_db
@pytest.mark.parametrize(("entry", "kind", "message"), [
    ("call", Interaction.Kind.CALL, "The call is recorded."),
    ("note", Interaction.Kind.NOTE, "The note is added."),
])
def test_agent_records_a_call_or_a_note(client_for, agent, complaint, entry, kind, message):
    # given
    browser = client_for(agent)
    assert 'id="note-form"' in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "note", {"body": "Customer confirmed the error", "entry": entry})
    # then
    last = complaint.interactions.last()
    assert (last.kind, last.body, last.actor) == (kind, "Customer confirmed the error", agent)
    assert page_messages(response) == [("success", message)]
    assert "Customer confirmed the error" in page_text(response)
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_NOTE_ADDED, actor=agent).count() == 1


@pytest.mark.django_db
def test_empty_note_is_refused(client_for, agent, complaint):
    # when
    response = action_post(client_for(agent), complaint, "note", {"body": "   ", "entry": "note"})
    # then
    assert page_messages(response) == [("error", "Write what was said or done.")]
    assert complaint.interactions.count() == 1
