import pytest

from complaints.models import Interaction
from resolution.models import Proposal
from resolution.tests.closing import investigation_record

pytestmark = pytest.mark.django_db


def path(complaint, action: str = "") -> str:
    return f"/complaints/{complaint.tracking_number}" + (f"/{action}" if action else "")


def test_a_call_is_recorded_on_the_timeline(responsible, complaint, api_for):
    # given
    api = api_for(responsible)

    # when
    response = api.post(path(complaint, "interactions"), {"kind": "call", "body": "Called, will check logs."})

    # then
    assert response.status_code == 201
    assert response.json()["kind"] == "call"
    complaint.refresh_from_db()
    assert complaint.first_contact_at is not None
    assert complaint.interactions.filter(kind=Interaction.Kind.CALL, body="Called, will check logs.").exists()


def test_an_empty_note_is_refused_with_the_services_message(responsible, complaint, api_for):
    # when
    response = api_for(responsible).post(path(complaint, "interactions"), {"kind": "note", "body": " "})

    # then
    assert response.status_code == 400
    assert response.json()["detail"] == "Write what was said or done."


def test_take_propose_reject_accept_close_and_reopen(responsible, complaint, api_for):
    # given
    api = api_for(responsible)

    # when / then: take
    taken = api.post(path(complaint, "transitions"), {"action": "take"})
    assert (taken.status_code, taken.json()["status"], taken.json()["assignee"]) == (200, "in_progress",
                                                                                     "responsible")
    # propose, the customer rejects by phone
    proposed = api.post(path(complaint, "proposals"), {"text": "Redo the update.", "alternatives": ["Refund"]})
    assert proposed.status_code == 201
    assert proposed.json()["alternatives"] == ["Refund"]
    rejected = api.post(path(complaint, "transitions"), {"action": "reject", "reason": "Too slow."})
    assert rejected.json()["status"] == "in_progress"
    # a second proposal, accepted with its alternative
    api.post(path(complaint, "proposals"), {"text": "Redo it today.", "alternatives": ["Refund"]})
    accepted = api.post(path(complaint, "transitions"), {"action": "accept", "option": 1})
    assert accepted.json()["status"] == "accepted"
    assert Proposal.objects.get(complaint=complaint, status="accepted").chosen_option == 1
    # closing needs the investigation first: each missing piece named
    refused = api.post(path(complaint, "close"), {})
    assert refused.status_code == 400
    assert refused.json()["code"] == "closing_incomplete"
    assert refused.json()["missing"]
    investigation_record(complaint=complaint, actor=responsible)
    closed = api.post(path(complaint, "close"), {"resolution": "Refunded.", "satisfaction": "satisfied",
                                                 "loyalty": "yes", "thanked": True, "offered": False,
                                                 "no_remedy": True})
    assert (closed.status_code, closed.json()["status"]) == (200, "closed")
    assert closed.json()["closed_at"]
    reopened = api.post(path(complaint, "transitions"), {"action": "reopen", "reason": "It broke again."})
    assert reopened.json()["status"] == "in_progress"

    # and the timeline shows it all
    detail = api.get(path(complaint)).json()
    kinds = [entry["kind"] for entry in detail["timeline"]]
    assert kinds[0] == "registered"
    assert {"taken", "proposed", "rejected", "accepted", "closed", "reopened"} <= set(kinds)
    assert detail["description"] == complaint.description


def test_a_transition_the_state_does_not_allow_is_a_conflict(responsible, complaint, api_for):
    # when
    response = api_for(responsible).post(path(complaint, "transitions"), {"action": "accept"})

    # then
    assert response.status_code == 409
    assert response.json()["type"] == "https://complaintdesk/errors/invalid_transition"


def test_hand_off(responsible, complaint, api_for):
    # when
    response = api_for(responsible).post(path(complaint, "transitions"),
                                         {"action": "hand_off", "kind": "inquiry", "reason": "A question."})

    # then
    assert (response.json()["status"], response.json()["kind"]) == ("handed_off", "inquiry")
