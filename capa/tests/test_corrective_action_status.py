"""Corrective actions move open → in progress → done (or cancelled), written on every complaint's timeline."""

import pytest

from audit.models import AuditAction, AuditRecord
from capa.models import CorrectiveAction
from capa.services import corrective_action_update_status
from capa.tests.factories import corrective_action_make
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Interaction
from complaints.tests.factories import complaint_make

Status = CorrectiveAction.Status


@pytest.mark.django_db
def test_owner_moves_it_to_in_progress_then_done(qms, responsible, department, agent):
    # given
    complaints = [complaint_make(department=department, registered_by=agent) for _ in range(2)]
    action = corrective_action_make(actor=qms, complaints=complaints, owner=responsible)
    # when
    corrective_action_update_status(action=action, actor=responsible, status=Status.IN_PROGRESS)
    action = corrective_action_update_status(action=action, actor=responsible, status=Status.DONE,
                                             note="Installer fixed in 3.0.12")
    # then
    assert action.status == Status.DONE
    for complaint in complaints:
        entries = complaint.interactions.filter(kind=Interaction.Kind.CAPA_STATUS_CHANGED).order_by("id")
        assert [(e.data["old_status"], e.data["new_status"]) for e in entries] == [
            ("open", "in_progress"), ("in_progress", "done")]
        assert entries.last().body == "Installer fixed in 3.0.12"
    records = AuditRecord.objects.filter(action=AuditAction.CAPA_STATUS_CHANGED, target_id=str(action.pk))
    assert records.count() == 2


@pytest.mark.django_db
def test_done_is_final(qms, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    corrective_action_update_status(action=action, actor=qms, status=Status.DONE)
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_update_status(action=action, actor=qms, status=Status.CANCELLED)
    # then
    assert str(refused.value.message) == "A corrective action that is done cannot become cancelled."
    action.refresh_from_db()
    assert action.status == Status.DONE


@pytest.mark.django_db
def test_an_agent_who_does_not_own_it_may_not_change_it(qms, agent, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint])
    # when
    with pytest.raises(PermissionDenied) as refused:
        corrective_action_update_status(action=action, actor=agent, status=Status.CANCELLED)
    # then
    assert str(refused.value.message) == "You may not change this corrective action."
    assert not complaint.interactions.filter(kind=Interaction.Kind.CAPA_STATUS_CHANGED).exists()
