import pytest

from audit.models import AuditRecord
from audit.services import audit_chain_verify
from complaints.services import complaint_note_add, complaint_take


@pytest.mark.django_db
def test_every_action_is_chained_and_tampering_shows(complaint, responsible):
    """Changing any record breaks the chain at that record."""
    # given
    complaint_take(complaint=complaint, actor=responsible)
    complaint_note_add(complaint=complaint, actor=responsible, body="Called the customer", is_call=True)
    records = list(AuditRecord.objects.order_by("id"))
    assert len(records) == 3
    assert [r.prev_hash for r in records[1:]] == [r.hash for r in records[:-1]]
    assert audit_chain_verify() is None
    # when
    AuditRecord.objects.filter(pk=records[1].pk).update(data={"assignee": 999})
    # then
    assert audit_chain_verify().pk == records[1].pk


@pytest.mark.django_db
def test_each_chain_is_verified_on_its_own(complaint, responsible, settings, monkeypatch):
    """Processes append to different chains; a record changed in one of them still shows."""
    # given: two processes' records, interleaved
    settings.COMPLAINTDESK_AUDIT_CHAINS = 4
    registered = AuditRecord.objects.latest("id").pk
    monkeypatch.setattr("audit.services.os.getpid", lambda: 1)
    complaint_take(complaint=complaint, actor=responsible)
    monkeypatch.setattr("audit.services.os.getpid", lambda: 2)
    complaint_note_add(complaint=complaint, actor=responsible, body="Called the customer", is_call=True)
    monkeypatch.setattr("audit.services.os.getpid", lambda: 1)
    complaint_note_add(complaint=complaint, actor=responsible, body="Called again", is_call=True)
    records = list(AuditRecord.objects.filter(id__gt=registered).order_by("id"))
    assert [r.chain for r in records] == [2, 3, 2]
    assert records[2].prev_hash == records[0].hash
    assert audit_chain_verify() is None
    # when
    AuditRecord.objects.filter(pk=records[2].pk).update(data={"body": "changed"})
    # then
    assert audit_chain_verify().pk == records[2].pk
