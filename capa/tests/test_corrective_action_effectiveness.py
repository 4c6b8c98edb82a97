"""The effectiveness check is recorded once the action is done, and only once."""

import pytest

from audit.models import AuditAction, AuditRecord
from capa.models import CorrectiveAction
from capa.services import corrective_action_effectiveness_record, corrective_action_update_status
from capa.tests.factories import corrective_action_make
from complaintdesk.errors import DomainError
from complaints.models import Interaction

Status = CorrectiveAction.Status


@pytest.mark.django_db
def test_recorded_once_the_action_is_done(qms, responsible, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_update_status(action=action, actor=responsible, status=Status.DONE)
    # when
    action = corrective_action_effectiveness_record(action=action, actor=qms, effective=False,
                                                    note="Two more customers reported it in December.")
    # then
    assert action.result == CorrectiveAction.Result.NOT_EFFECTIVE
    assert action.checked_by == qms and action.checked_at is not None
    entry = complaint.interactions.get(kind=Interaction.Kind.CAPA_EFFECTIVENESS_RECORDED)
    assert entry.data["result"] == "not_effective"
    assert entry.body == "Two more customers reported it in December."
    assert AuditRecord.objects.filter(action=AuditAction.CAPA_EFFECTIVENESS_RECORDED,
                                      target_id=str(action.pk)).count() == 1


@pytest.mark.django_db
def test_refused_before_the_action_is_done(qms, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    corrective_action_update_status(action=action, actor=qms, status=Status.IN_PROGRESS)
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_effectiveness_record(action=action, actor=qms, effective=True, note="Fine")
    # then
    assert str(refused.value.message) == "Record the effectiveness once the corrective action is done."
    action.refresh_from_db()
    assert action.result == ""


@pytest.mark.django_db
def test_refused_a_second_time(qms, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    corrective_action_update_status(action=action, actor=qms, status=Status.DONE)
    corrective_action_effectiveness_record(action=action, actor=qms, effective=True, note="No recurrence")
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_effectiveness_record(action=action, actor=qms, effective=False, note="Changed my mind")
    # then
    assert str(refused.value.message) == "The effectiveness of this corrective action is already recorded."
    action.refresh_from_db()
    assert action.result == CorrectiveAction.Result.EFFECTIVE
    assert complaint.interactions.filter(kind=Interaction.Kind.CAPA_EFFECTIVENESS_RECORDED).count() == 1
