"""``row_insert`` stores a row exactly as ``save()`` would."""

from datetime import date

import pytest
from django.utils import timezone

from complaintdesk.rows import row_insert
from intake.models import Receipt


@pytest.mark.django_db
def test_a_row_inserted_reads_back_as_the_orm_would_have_saved_it(qms):
    # given: every kind of value the receipts hold (JSON with dates and Georgian text, a foreign key, defaults)
    now = timezone.now()
    fields = {"contact_name": "ნინო ბერიძე", "occurred_on": date(2026, 11, 20), "description": "Счёт выставлен дважды"}
    made = {"channel": "api", "fields": fields, "language": "ka", "page_language": "ru", "kind": "complaint",
            "importance": "", "registered_by": qms, "tracking_number": "CD-2026-900001",
            "access_token": "token-1", "received_at": now}
    inserted, saved = Receipt(**made), Receipt(**{**made, "tracking_number": "CD-2026-900002",
                                                  "access_token": "token-2"})
    # when
    row_insert(inserted)
    saved.save()
    # then
    assert inserted.pk and not inserted._state.adding
    assert inserted.pk != saved.pk
    columns = [field.attname for field in Receipt._meta.concrete_fields
               if field.attname not in ("id", "tracking_number", "access_token")]
    rows = {row["tracking_number"]: row for row in Receipt.objects.values("tracking_number", *columns)}
    assert rows["CD-2026-900001"] == {**rows["CD-2026-900002"], "tracking_number": "CD-2026-900001"}
    stored = Receipt.objects.get(pk=inserted.pk)
    assert stored.fields == {**fields, "occurred_on": "2026-11-20"}
    assert (stored.status, stored.attempts, stored.registered_by, stored.received_at) == (
        Receipt.Status.RECEIVED, 0, qms, now)
