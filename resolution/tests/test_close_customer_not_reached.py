"""A customer who never answers the proposal: closed after two calls following the last proposal."""

import pytest

from complaints.choices import Status
from complaints.services import ClosingIncomplete, complaint_close, complaint_note_add
from complaints.tests.states import complaint_in_status
from resolution.services import proposal_create
from resolution.tests.closing import CLOSE_ANSWERS, investigation_record

NOT_REACHED = ("The customer has not accepted the solution: record at least two calls trying to reach them "
               "after the last proposal.")


@pytest.fixture
def proposed(department, responsible):
    complaint = complaint_in_status(status=Status.PROPOSED, department=department, driver=responsible)
    investigation_record(complaint=complaint, actor=responsible)
    return complaint


def call(complaint, actor):
    complaint_note_add(complaint=complaint, actor=actor, body="No answer", is_call=True)


@pytest.mark.django_db
def test_two_calls_after_the_proposal_allow_closing(proposed, responsible):
    # given
    call(proposed, responsible)
    call(proposed, responsible)
    # when
    complaint_close(complaint=proposed, actor=responsible, **CLOSE_ANSWERS)
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.CLOSED
    assert proposed.interactions.last().data["customer_reached"] is False


@pytest.mark.django_db
def test_one_call_is_not_enough(proposed, responsible):
    # given
    call(proposed, responsible)
    # when
    with pytest.raises(ClosingIncomplete) as refused:
        complaint_close(complaint=proposed, actor=responsible, **CLOSE_ANSWERS)
    # then
    assert refused.value.missing == [NOT_REACHED]
    proposed.refresh_from_db()
    assert proposed.status == Status.PROPOSED


@pytest.mark.django_db
def test_calls_before_the_last_proposal_do_not_count(department, responsible):
    # given: two calls, then a proposal nobody answers
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    investigation_record(complaint=complaint, actor=responsible)
    call(complaint, responsible)
    call(complaint, responsible)
    proposal_create(complaint=complaint, actor=responsible, text="Redo the update", alternatives=[])
    # when
    with pytest.raises(ClosingIncomplete) as refused:
        complaint_close(complaint=complaint, actor=responsible, **CLOSE_ANSWERS)
    # then
    assert refused.value.missing == [NOT_REACHED]
