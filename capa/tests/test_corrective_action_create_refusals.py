"""Only QMS, heads and responsibles who see every selected complaint may create a corrective action."""

import pytest

from audit.models import AuditAction, AuditRecord
from capa.models import CorrectiveAction
from capa.tests.factories import corrective_action_make
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.models import Interaction
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_refused_for_a_complaint_the_user_cannot_see(head, complaint, other_department):
    # given: a complaint of another department
    foreign = complaint_make(department=other_department)
    # when
    with pytest.raises(PermissionDenied) as refused:
        corrective_action_make(actor=head, complaints=[complaint, foreign])
    # then: nothing written, on either complaint
    assert str(refused.value.message) == (f"You may not create a corrective action for complaint "
                                          f"{foreign.tracking_number}: you cannot see it.")
    assert not CorrectiveAction.objects.exists()
    assert not Interaction.objects.filter(kind=Interaction.Kind.CAPA_CREATED).exists()
    assert not AuditRecord.objects.filter(action=AuditAction.CAPA_CREATED).exists()


@pytest.mark.django_db
def test_refused_for_an_agent(agent, complaint):
    # when
    with pytest.raises(PermissionDenied) as refused:
        corrective_action_make(actor=agent, complaints=[complaint])
    # then
    assert str(refused.value.message) == ("Only quality management, department heads and responsible employees "
                                          "may create corrective actions.")
    assert not CorrectiveAction.objects.exists()


@pytest.mark.django_db
def test_refused_without_complaints(qms):
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_make(actor=qms, complaints=[])
    # then
    assert str(refused.value.message) == "Choose at least one complaint."
