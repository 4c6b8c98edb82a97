"""Building the similarity index for complaints already in the database: in id order, resumable.

PostgreSQL gets the rows through ``COPY … FROM STDIN``; SQLite through ``executemany``.
Each batch commits on its own, so an interrupted backfill resumes after the last batch.
Filling an empty index with many complaints on PostgreSQL is one transaction instead, with
the key table's primary key dropped and built once at the end: inserting 20 million random
keys into a B-tree one by one is several times slower than sorting them once.
"""

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext

from django.db import connection, transaction

from complaints.models import Complaint

from .index import INDEXED_FIELDS, index_rows_for, index_rows_of, index_rows_write
from .models import ComplaintSignature, SimilarityKey

BATCH = 5000  # complaints per transaction: about 100,000 key rows, 10 MB of Python objects
BULK_MIN = 50_000  # complaints to index into an empty index before the primary key is rebuilt instead
BUILD_MEMORY = "512MB"


def similarity_index_rebuild_clear() -> None:
    """Empty the index (``backfill --rebuild``)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # Deferred foreign-key checks still pending in this transaction would forbid the TRUNCATE.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute(f"TRUNCATE {ComplaintSignature._meta.db_table}, {SimilarityKey._meta.db_table}")
        else:
            SimilarityKey.objects.all().delete()
            ComplaintSignature.objects.all().delete()


def similarity_backfill(*, batch_size: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
    """Index every complaint the index does not hold yet; returns how many were indexed."""
    bulk = (connection.vendor == "postgresql" and not SimilarityKey.objects.exists()
            and Complaint.objects.count() >= BULK_MIN)
    with transaction.atomic() if bulk else nullcontext(), key_table_bulk_mode() if bulk else nullcontext():
        return backfill_batches(batch_size=batch_size, progress=progress)


def backfill_batches(*, batch_size: int, progress: Callable[[int], None] | None) -> int:
    done, after = 0, 0
    while True:
        rows = list(Complaint.objects.filter(pk__gt=after).order_by("pk").values(*INDEXED_FIELDS)[:batch_size])
        if not rows:
            return done
        after = rows[-1]["id"]
        indexed = set(ComplaintSignature.objects.filter(pk__gte=rows[0]["id"], pk__lte=after)
                      .values_list("complaint_id", flat=True))
        todo = [row for row in rows if row["id"] not in indexed]
        with transaction.atomic():
            index_rows_write(list(index_rows_of(todo)))
        done += len(todo)
        if progress:
            progress(len(rows))


@contextmanager
def key_table_bulk_mode() -> Iterator[None]:
    """Drop the key table's primary key (PostgreSQL, inside the load's transaction); build it again on leaving."""
    table = connection.ops.quote_name(SimilarityKey._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute("SELECT quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
                       "WHERE conrelid = %s::regclass AND contype = 'p'", [SimilarityKey._meta.db_table])
        name, definition = cursor.fetchone()
        cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL maintenance_work_mem = '{BUILD_MEMORY}'")
        cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
        cursor.execute(f"ANALYZE {table}")


def similarity_index_many(*, complaints: Iterable[Complaint]) -> None:
    """Index complaints saved in bulk (an import's batch), in the caller's transaction."""
    index_rows_write([index_rows_for(complaint) for complaint in complaints])
