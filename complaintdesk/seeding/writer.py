"""Bulk writing of generated rows: PostgreSQL ``COPY … FROM STDIN``, SQLite ``bulk_create``.

Rows get their primary keys before they are written (``reserve_ids``), so a
complaint's timeline and proposals can point at it inside the same batch.
"""

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from typing import Any

from django.db import connection, transaction
from django.db.models import JSONField, Model

from complaints.models import Complaint, Interaction
from followup.models import Survey
from resolution.models import Proposal, Remedy

from .bulkmode import bulk_mode
from .history import Batch

INTERACTION_FIELDS = ("complaint_id", "kind", "actor_id", "by_customer", "body", "data", "created_at")
SEEDED_MODELS = (Complaint, Interaction, Proposal, Remedy, Survey)
# Below this many new rows, keeping the indexes up to date costs less than rebuilding them.
BULK_MODE_MIN = 50_000


def without_id(model: type[Model]) -> tuple[str, ...]:
    return tuple(f.attname for f in model._meta.concrete_fields if f.attname != "id")


class TableSpec:
    """A model's columns in order, with the defaults of the fields a generated row leaves out."""

    def __init__(self, model: type[Model], attnames: tuple[str, ...] | None = None) -> None:
        fields = [f for f in model._meta.concrete_fields if attnames is None or f.attname in attnames]
        if attnames is not None:
            fields.sort(key=lambda f: attnames.index(f.attname))
        self.model = model
        self.table = model._meta.db_table
        self.attnames = tuple(f.attname for f in fields)
        self.columns = tuple(f.column for f in fields)
        self.json_positions = tuple(i for i, f in enumerate(fields) if isinstance(f, JSONField))
        # A field the generator does not know (added later) gets its model default; a missing required one fails.
        self.defaults = {f.attname: f.get_default() for f in fields}

    def copy_sql(self) -> str:
        quote = connection.ops.quote_name
        return f"COPY {quote(self.table)} ({', '.join(quote(c) for c in self.columns)}) FROM STDIN"

    def row_values(self, row: dict[str, Any]) -> list[Any]:
        """Values in column order; JSON as text, the way COPY reads it."""
        full = {**self.defaults, **row}
        values = [full[name] for name in self.attnames]
        for i in self.json_positions:
            values[i] = json.dumps(values[i], ensure_ascii=False)
        return values


class PostgresWriter:
    """One transaction for the whole load; ``COPY`` per table per batch; ``ANALYZE`` at the end."""

    def __init__(self) -> None:
        connection.ensure_connection()
        self.raw = connection.connection  # psycopg 3
        self.complaints = TableSpec(Complaint)
        self.proposals = TableSpec(Proposal)
        self.interactions = TableSpec(Interaction, INTERACTION_FIELDS)
        self.remedies = TableSpec(Remedy, without_id(Remedy))  # ids from their sequences
        self.surveys = TableSpec(Survey, without_id(Survey))

    @contextmanager
    def load(self, *, count: int, log: Callable[[str], None]) -> Iterator[None]:
        """The whole load in one transaction; in bulk mode when the new rows outnumber the old."""
        with transaction.atomic():
            if count >= BULK_MODE_MIN and count >= Complaint.objects.count():
                log("Bulk mode: secondary indexes and foreign keys are rebuilt after the load.")
                with bulk_mode(tables=[model._meta.db_table for model in SEEDED_MODELS]):
                    yield
                    log("Rebuilding indexes and foreign keys…")
            else:
                yield

    def batch(self):
        return nullcontext()

    def reserve_ids(self, model: type[Model], n: int) -> list[int]:
        if n == 0:
            return []
        with self.raw.cursor() as cursor:
            cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                           (model._meta.db_table, n))
            return [pk for (pk,) in cursor.fetchall()]

    def write(self, batch: Batch) -> None:
        with self.raw.cursor() as cursor:
            self.copy(cursor, self.complaints, (self.complaints.row_values(row) for row in batch.complaints))
            self.copy(cursor, self.proposals, (self.proposals.row_values(p) for p in batch.proposals))
            self.copy(cursor, self.interactions, (
                (c, k, a, b, body, json.dumps(data, ensure_ascii=False), at)
                for c, k, a, b, body, data, at in batch.interactions
            ))
            self.copy(cursor, self.remedies, (self.remedies.row_values(r) for r in batch.remedies))
            self.copy(cursor, self.surveys, (self.surveys.row_values(s) for s in batch.surveys))

    @staticmethod
    def copy(cursor, spec: TableSpec, rows: Iterator) -> None:
        with cursor.copy(spec.copy_sql()) as copy:
            for values in rows:
                copy.write_row(values)

    def finish(self) -> None:
        """Fresh statistics, so the planner sees the new rows (run after the load commits)."""
        with connection.cursor() as cursor:
            for model in SEEDED_MODELS:
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


class SqliteWriter:
    """A transaction per batch; ``bulk_create`` of model instances with their ids set."""

    def load(self, *, count: int, log: Callable[[str], None]):
        return nullcontext()

    def batch(self):
        return transaction.atomic()

    def reserve_ids(self, model: type[Model], n: int) -> list[int]:
        """Ids after the highest ever given (AUTOINCREMENT's sqlite_sequence too). Call inside ``batch()``."""
        table = model._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{table}"')
            (highest,) = cursor.fetchone()
            cursor.execute("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = %s", [table])
            highest = max(highest, cursor.fetchone()[0])
        return list(range(highest + 1, highest + 1 + n))

    def write(self, batch: Batch) -> None:
        Complaint.objects.bulk_create([Complaint(**row) for row in batch.complaints])
        Proposal.objects.bulk_create([Proposal(**p) for p in batch.proposals])
        Interaction.objects.bulk_create([
            Interaction(complaint_id=c, kind=k, actor_id=a, by_customer=b, body=body, data=data, created_at=at)
            for c, k, a, b, body, data, at in batch.interactions
        ])
        Remedy.objects.bulk_create([Remedy(**r) for r in batch.remedies])
        Survey.objects.bulk_create([Survey(**s) for s in batch.surveys])

    def finish(self) -> None:
        pass


def writer_for_connection() -> PostgresWriter | SqliteWriter:
    if connection.vendor == "postgresql":
        return PostgresWriter()
    if connection.vendor == "sqlite":
        return SqliteWriter()
    raise NotImplementedError(f"seeding does not support {connection.vendor}")
