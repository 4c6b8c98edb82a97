"""The responsible records the root cause and the validity; "not established" only for an unjustified complaint."""

import pytest
from django.utils import translation

from audit.models import AuditAction, AuditRecord
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.choices import Status, Validity
from complaints.models import Interaction
from complaints.tests.states import complaint_in_status
from resolution.investigation import complaint_investigation_record
from resolution.models import RootCause


def cause(code: str) -> RootCause:
    return RootCause.objects.get(code=code)


@pytest.mark.django_db
def test_the_investigation_is_recorded_on_the_complaint_timeline_and_audit(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    complaint_investigation_record(complaint=complaint, actor=responsible, validity=Validity.PARTIAL,
                                   root_cause=cause("attitude"), note="The installer was rude on the phone")
    # then
    complaint.refresh_from_db()
    assert (complaint.validity, complaint.root_cause.code) == (Validity.PARTIAL, "attitude")
    assert complaint.root_cause_note == "The installer was rude on the phone"
    entry = complaint.interactions.last()
    assert entry.kind == Interaction.Kind.INVESTIGATED and entry.actor == responsible
    assert entry.data == {"validity": "partial", "root_cause": "attitude"}
    record = AuditRecord.objects.get(action=AuditAction.COMPLAINT_INVESTIGATED)
    assert record.actor == responsible and record.target_id == str(complaint.pk)


@pytest.mark.django_db
@pytest.mark.parametrize("validity", [Validity.JUSTIFIED, Validity.PARTIAL])
def test_not_established_is_refused_for_a_justified_complaint(department, responsible, validity):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when / then
    with pytest.raises(DomainError, match="only for an unjustified complaint"):
        complaint_investigation_record(complaint=complaint, actor=responsible, validity=validity,
                                       root_cause=cause(RootCause.NOT_ESTABLISHED))
    complaint.refresh_from_db()
    assert complaint.validity == "" and complaint.root_cause is None
    assert not complaint.interactions.filter(kind=Interaction.Kind.INVESTIGATED).exists()


@pytest.mark.django_db
def test_not_established_is_allowed_for_an_unjustified_complaint(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    # when
    complaint_investigation_record(complaint=complaint, actor=responsible, validity=Validity.UNJUSTIFIED,
                                   root_cause=cause(RootCause.NOT_ESTABLISHED))
    # then
    complaint.refresh_from_db()
    assert complaint.root_cause.code == RootCause.NOT_ESTABLISHED


@pytest.mark.django_db
def test_a_missing_validity_or_root_cause_is_refused_in_the_users_language(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when / then
    with pytest.raises(DomainError, match="Choose whether the complaint is justified."):
        complaint_investigation_record(complaint=complaint, actor=responsible, validity="",
                                       root_cause=cause("price"))
    with pytest.raises(DomainError, match="Choose the root cause."):
        complaint_investigation_record(complaint=complaint, actor=responsible, validity=Validity.JUSTIFIED,
                                       root_cause=None)
    with translation.override("ru"):
        with pytest.raises(DomainError) as refused:
            complaint_investigation_record(complaint=complaint, actor=responsible, validity=Validity.JUSTIFIED,
                                           root_cause=None)
        assert str(refused.value.message) == "Выберите коренную причину."


@pytest.mark.django_db
def test_a_new_complaint_is_taken_into_work_first(department, responsible):
    # given
    complaint = complaint_in_status(status=Status.NEW, department=department, driver=responsible)
    # when / then
    with pytest.raises(DomainError, match="while the complaint is in work"):
        complaint_investigation_record(complaint=complaint, actor=responsible, validity=Validity.JUSTIFIED,
                                       root_cause=cause("process"))


@pytest.mark.django_db
def test_an_agent_may_not_record_the_investigation(department, responsible, agent):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible,
                                    registered_by=agent)
    # when / then
    with pytest.raises(PermissionDenied):
        complaint_investigation_record(complaint=complaint, actor=agent, validity=Validity.JUSTIFIED,
                                       root_cause=cause("process"))
