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
