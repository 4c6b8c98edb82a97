"""A PostgreSQL bulk load rebuilds exactly the indexes and foreign keys it dropped."""

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, transaction

from complaints.models import Complaint, Interaction
from complaintdesk.seeding import writer

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="bulk mode is for PostgreSQL")

TABLES = ["complaints_complaint", "complaints_interaction", "resolution_proposal"]


def schema() -> set[tuple[str, ...]]:
    """Index names with their table and method, and constraints with their definitions.

    Index definitions are compared by name: PostgreSQL re-deparses a partial index's
    predicate in an equivalent but differently spelled form.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, tablename, split_part(indexdef, ' USING ', 2) LIKE 'gin%%' "
                       "FROM pg_indexes WHERE tablename = ANY(%s)", [TABLES])
        indexes = set(cursor.fetchall())
        cursor.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                       "WHERE conrelid = ANY(%s::regclass[])", [TABLES])
        return indexes | set(cursor.fetchall())


@pytest.mark.django_db
def test_bulk_load_leaves_the_schema_as_the_migrations_made_it(monkeypatch):
    # given
    before = schema()
    monkeypatch.setattr(writer, "BULK_MODE_MIN", 1)
    # when
    call_command("seed", count=120, batch=50, verbosity=0)
    # then
    assert schema() == before
    assert Complaint.objects.count() == 120
    with pytest.raises(IntegrityError), transaction.atomic():
        Interaction.objects.create(complaint_id=10**9, kind=Interaction.Kind.NOTE,
                                   created_at=Complaint.objects.first().created_at)
        connection.check_constraints()
