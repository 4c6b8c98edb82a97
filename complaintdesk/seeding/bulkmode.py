"""PostgreSQL bulk-load mode: load without secondary indexes and foreign keys, then rebuild them.

Maintaining a dozen B-trees, a trigram GIN index and per-row foreign-key checks
while loading millions of rows is several times slower than building them once
at the end. The definitions are read from the catalogue before dropping, so what
is rebuilt is exactly what the migrations made. Call inside the load's
transaction: if anything fails, the rollback restores every index and constraint.
Primary keys and unique constraints stay.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection

# Enough memory for the trigram index to build in few passes; a session setting, gone after the transaction.
BUILD_MEMORY = "512MB"

FOREIGN_KEYS = """
    SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
    FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[]) ORDER BY conrelid, conname
"""
# Indexes that back no primary key, unique or exclusion constraint.
SECONDARY_INDEXES = """
    SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
    FROM pg_index i
    WHERE i.indrelid = ANY(%s::regclass[])
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
    ORDER BY i.indrelid, i.indexrelid
"""


@contextmanager
def bulk_mode(*, tables: list[str]) -> Iterator[None]:
    """Drop the secondary indexes and foreign keys of ``tables``; rebuild them on leaving."""
    with connection.cursor() as cursor:
        # Deferred checks still pending in this transaction would forbid the ALTER TABLE: run them now.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(FOREIGN_KEYS, [tables])
        foreign_keys = cursor.fetchall()
        cursor.execute(SECONDARY_INDEXES, [tables])
        indexes = cursor.fetchall()
        for table, name, _definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
        for _name, definition in indexes:
            cursor.execute(definition)
        for table, name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # back to how Django declares them
