"""A corrective action is created from one or several complaints, with an entry on each and an audit record."""

from datetime import timedelta

import pytest
from django.utils import timezone

from audit.models import AuditAction, AuditRecord
from capa.models import CorrectiveAction
from capa.tests.factories import corrective_action_make
from complaintdesk.errors import DomainError
from complaints.models import Interaction
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_created_from_one_complaint(qms, responsible, complaint):
    # when
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible,
                                    customer_text="We fixed the installer.")
    # then
    assert action.status == CorrectiveAction.Status.OPEN
    assert list(action.complaints.all()) == [complaint]
    assert action.owner == responsible
    entry = complaint.interactions.get(kind=Interaction.Kind.CAPA_CREATED)
    assert entry.actor == qms
    assert entry.body == "The update installer skips the report templates."
    assert entry.data["corrective_action"] == action.pk
    record = AuditRecord.objects.get(action=AuditAction.CAPA_CREATED, target_id=str(action.pk))
    assert record.actor == qms
    assert record.data["complaints"] == [complaint.tracking_number]


@pytest.mark.django_db
def test_created_from_several_complaints_writes_an_entry_on_each(head, department, agent):
    # given
    complaints = [complaint_make(department=department, registered_by=agent) for _ in range(3)]
    # when
    action = corrective_action_make(actor=head, complaints=complaints)
    # then
    assert set(action.complaints.all()) == set(complaints)
    for complaint in complaints:
        assert complaint.interactions.filter(kind=Interaction.Kind.CAPA_CREATED,
                                             data__corrective_action=action.pk).count() == 1
    record = AuditRecord.objects.get(action=AuditAction.CAPA_CREATED, target_id=str(action.pk))
    assert record.data["complaints"] == sorted(c.tracking_number for c in complaints)


@pytest.mark.django_db
def test_the_same_complaint_twice_counts_once(responsible, complaint):
    # when
    action = corrective_action_make(actor=responsible, complaints=[complaint, complaint])
    # then
    assert action.complaints.count() == 1
    assert complaint.interactions.filter(kind=Interaction.Kind.CAPA_CREATED).count() == 1


@pytest.mark.django_db
def test_check_date_before_due_date_is_refused(qms, complaint):
    # given
    today = timezone.localdate()
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_make(actor=qms, complaints=[complaint], due_on=today + timedelta(days=10),
                               check_on=today + timedelta(days=9))
    # then
    assert refused.value.message == "The effectiveness check cannot come before the due date."
    assert not CorrectiveAction.objects.exists()


@pytest.mark.django_db
def test_a_cause_is_required(qms, complaint):
    # when
    with pytest.raises(DomainError) as refused:
        corrective_action_make(actor=qms, complaints=[complaint], cause="  ")
    # then
    assert refused.value.message == "Describe the cause the action removes."
