"""A transfer moves the complaint to another person or department, with the reason on the timeline and in the audit."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from audit.models import AuditAction, AuditRecord
from complaints.choices import Channel
from complaints.models import Interaction
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from routing.services import complaint_transfer

REASON = "The invoice was issued by sales"
EXPLANATION = "Giorgi from sales issued your invoice and will call you today."


@pytest.fixture
def giorgi(other_department):
    return UserFactory(username="giorgi", first_name="Giorgi", last_name="Kapanadze", role=User.Role.RESPONSIBLE,
                       department=other_department, languages=["ka", "ru"])


def test_a_handler_transfers_to_a_person_of_another_department(complaint, responsible, giorgi, other_department,
                                                               department):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when
    moved = complaint_transfer(complaint=complaint, actor=responsible, to_user=giorgi, reason=REASON,
                               customer_explanation=EXPLANATION)
    # then: the person's department comes with them
    moved.refresh_from_db()
    assert (moved.department, moved.assignee) == (other_department, giorgi)
    entry = moved.interactions.get(kind=Interaction.Kind.TRANSFERRED)
    assert (entry.actor, entry.body) == (responsible, REASON)
    assert entry.data["from_department"] == department.pk and entry.data["to_department"] == other_department.pk
    assert entry.data["from_assignee_name"] == str(responsible) and entry.data["to_assignee"] == giorgi.pk
    assert entry.data["customer_explanation"] == EXPLANATION
    record = AuditRecord.objects.get(action=AuditAction.COMPLAINT_TRANSFERRED, target_id=str(moved.pk))
    assert record.actor == responsible
    assert record.data["reason"] == REASON and record.data["to_assignee"] == giorgi.pk


def test_to_a_department_only_it_waits_in_its_queue(complaint, responsible, other_department, qms):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when
    moved = complaint_transfer(complaint=complaint, actor=qms, to_department=other_department, reason=REASON,
                               customer_explanation=EXPLANATION)
    # then
    moved.refresh_from_db()
    assert (moved.department, moved.assignee) == (other_department, None)
    assert moved.interactions.get(kind=Interaction.Kind.TRANSFERRED).data["to_assignee"] is None


def test_the_department_head_may_transfer(complaint, head, giorgi):
    # when
    moved = complaint_transfer(complaint=complaint, actor=head, to_user=giorgi, reason=REASON,
                               customer_explanation=EXPLANATION)
    # then
    assert moved.assignee == giorgi


def test_a_speaker_of_the_language_clears_the_flag(register, department, giorgi, head):
    # given: nobody in support speaks Georgian
    UserFactory(username="olga", role=User.Role.RESPONSIBLE, department=department, languages=["ru"])
    complaint = register(language="ka")
    assert complaint.needs_language == "ka"
    # when
    moved = complaint_transfer(complaint=complaint, actor=head, to_user=giorgi, reason="Speaks Georgian",
                               customer_explanation="Giorgi speaks Georgian and will call you.")
    # then
    moved.refresh_from_db()
    assert moved.needs_language == ""


def test_the_flag_stays_when_the_new_owner_does_not_speak_it(register, department, head):
    # given
    olga = UserFactory(username="olga", role=User.Role.RESPONSIBLE, department=department, languages=["ru"])
    complaint = register(language="ka")
    # when
    moved = complaint_transfer(complaint=complaint, actor=head, to_user=olga, reason="Olga knows the product",
                               customer_explanation="Olga will call you.")
    # then
    moved.refresh_from_db()
    assert (moved.assignee, moved.needs_language) == (olga, "ka")


def test_an_internal_appeal_needs_no_customer_explanation(department, agent, qms, giorgi):
    # given: an employee's appeal to QMS has no customer to tell
    appeal = complaint_make(department=department, registered_by=agent, channel=Channel.INTERNAL)
    # when
    moved = complaint_transfer(complaint=appeal, actor=qms, to_user=giorgi, reason=REASON)
    # then
    assert moved.assignee == giorgi
