"""Closing needs validity, root cause, resolution, remedies, satisfaction, loyalty and script steps 7 and 9.

Each missing piece refuses the closing with a sentence naming it.
"""

import pytest
from django.utils import translation

from complaints.choices import Loyalty, Satisfaction, Status
from complaints.services import ClosingIncomplete, complaint_close
from complaints.tests.states import complaint_in_status
from resolution.models import RemedyType
from resolution.remedies import remedy_give
from resolution.tests.closing import CLOSE_ANSWERS, investigation_record

MISSING = [
    ("resolution", "", "Write the resolution: what was done for the customer."),
    ("satisfaction", "", "Record how satisfied the customer is with the solution."),
    ("loyalty", "", "Record whether the customer will keep working with us."),
    ("thanked", None, "Say whether the customer was thanked for raising the complaint."),
    ("offered", None, "Say whether a relevant product, service or event was offered."),
    ("no_remedy", False, "Record the remedies given, or confirm that no remedy was given."),
]


@pytest.fixture
def accepted(department, responsible):
    complaint = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    investigation_record(complaint=complaint, actor=responsible)
    return complaint


def refused_with(complaint, actor, **answers) -> list[str]:
    with pytest.raises(ClosingIncomplete) as refused:
        complaint_close(complaint=complaint, actor=actor, **answers)
    complaint.refresh_from_db()
    assert complaint.status != Status.CLOSED
    return refused.value.missing


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "empty", "message"), MISSING, ids=[m[0] for m in MISSING])
def test_each_missing_answer_is_named(accepted, responsible, field, empty, message):
    # when
    missing = refused_with(accepted, responsible, **{**CLOSE_ANSWERS, field: empty})
    # then
    assert missing == [message]


@pytest.mark.django_db
def test_validity_and_root_cause_are_named_when_not_investigated(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    # when
    missing = refused_with(complaint, responsible, **CLOSE_ANSWERS)
    # then
    assert missing == ["Record whether the complaint is justified.", "Record the root cause."]


@pytest.mark.django_db
def test_everything_missing_is_named_at_once_in_the_users_language(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    # when
    with translation.override("ru"):
        missing = refused_with(complaint, responsible)
    # then
    assert len(missing) == 8
    assert not any(message.startswith(("Record", "Write", "Say")) for message in missing)


@pytest.mark.django_db
def test_a_remedy_given_replaces_the_no_remedy_confirmation(accepted, responsible):
    # given
    remedy_give(complaint=accepted, actor=responsible, remedy_type=RemedyType.objects.get(code="apology"))
    # when
    complaint_close(complaint=accepted, actor=responsible, **{**CLOSE_ANSWERS, "no_remedy": False})
    # then
    accepted.refresh_from_db()
    assert accepted.status == Status.CLOSED


@pytest.mark.django_db
def test_closing_records_the_answers(accepted, responsible):
    # when
    complaint_close(complaint=accepted, actor=responsible, resolution="  Reports restored, licence extended  ",
                    satisfaction=Satisfaction.PARTLY, loyalty=Loyalty.UNDECIDED, thanked=True, offered=False,
                    no_remedy=True)
    # then
    accepted.refresh_from_db()
    assert accepted.status == Status.CLOSED
    assert accepted.resolution_text == "Reports restored, licence extended"
    assert (accepted.satisfaction, accepted.loyalty) == (Satisfaction.PARTLY, Loyalty.UNDECIDED)
    assert "thank" in accepted.script_steps and "offer" not in accepted.script_steps
    entry = accepted.interactions.last()
    assert entry.body == "Reports restored, licence extended"
    assert entry.data["thanked"] is True and entry.data["offered"] is False
    assert entry.data["customer_reached"] is True and entry.data["loyalty"] == "undecided"
