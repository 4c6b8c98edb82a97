"""Hand off an appeal that is not a complaint: it leaves complaint handling, and the page says where it went."""

import pytest

from complaints.choices import HANDED_OFF_TO, HandOff, Kind, Status
from complaints.tests.states import complaint_in_status
from web.tests.pages import action_post, page_messages, page_text, transition_refusal


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "team"), [(Kind.OBJECTION, HandOff.SALES), (Kind.INQUIRY, HandOff.SUPPORT)])
def test_responsible_hands_off(client_for, responsible, complaint, kind, team):
    # given
    assert 'id="hand-off-form"' in client_for(responsible).get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(client_for(responsible), complaint, "hand_off", {"kind": kind, "reason": "Asks prices"})
    # then
    complaint.refresh_from_db()
    assert (complaint.status, complaint.kind, complaint.hand_off_to) == (Status.HANDED_OFF, kind, team)
    assert page_messages(response) == [("success", str(HANDED_OFF_TO[team]))]
    assert f"{kind.label} — {HANDED_OFF_TO[team]}" in page_text(response)


@pytest.mark.django_db
def test_proposed_complaint_cannot_be_handed_off(client_for, responsible, department):
    # given
    proposed = complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible)
    # when
    response = action_post(client_for(responsible), proposed, "hand_off", {"kind": Kind.INTEREST})
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED
    assert page_messages(response) == [
        ("error", transition_refusal(action="hand_off", status=Status.PROPOSED))]


@pytest.mark.django_db
def test_agent_may_not_hand_off(client_for, agent, complaint):
    # when
    response = action_post(client_for(agent), complaint, "hand_off", {"kind": Kind.OBJECTION})
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.NEW
    assert page_messages(response) == [("error", "You may not hand this appeal off.")]
