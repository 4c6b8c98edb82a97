"""Building the similarity index for complaints already in the database: in id order, resumable.

PostgreSQL gets the rows through ``COPY … FROM STDIN``; SQLite through ``bulk_create``.
Each batch commits on its own, so an interrupted backfill resumes after the last batch.
"""

from collections.abc import Callable, Iterable

from django.db import connection, transaction

from complaints.models import Complaint

from .index import INDEXED_FIELDS, IndexRows, index_rows_of
from .models import ComplaintSignature, SimilarityKey

BATCH = 5000  # complaints per transaction: about 100,000 key rows, 10 MB of Python objects


def similarity_index_rebuild_clear() -> None:
    """Empty the index (``backfill --rebuild``)."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"TRUNCATE {ComplaintSignature._meta.db_table}, {SimilarityKey._meta.db_table}")
        else:
            SimilarityKey.objects.all().delete()
            ComplaintSignature.objects.all().delete()


def similarity_backfill(*, batch_size: int = BATCH, progress: Callable[[int], None] | None = None) -> int:
    """Index every complaint the index does not hold yet; returns how many were indexed."""
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


def index_rows_write(rows: list[IndexRows]) -> None:
    """Insert the index rows of complaints not indexed before (in the caller's transaction)."""
    if not rows:
        return
    if connection.vendor == "postgresql":
        copy_rows(ComplaintSignature._meta.db_table, ("complaint_id", "signature", "customer_keys"),
                  ((r.complaint_id, r.signature, "[" + ",".join(map(str, r.customer_keys)) + "]") for r in rows))
        copy_rows(SimilarityKey._meta.db_table, ("key", "created_at", "complaint_id"),
                  (key for r in rows for key in r.keys))
        return
    ComplaintSignature.objects.bulk_create(
        [ComplaintSignature(complaint_id=r.complaint_id, signature=r.signature, customer_keys=r.customer_keys)
         for r in rows])
    SimilarityKey.objects.bulk_create(
        [SimilarityKey(key=key, created_at=at, complaint_id=pk) for r in rows for key, at, pk in r.keys],
        batch_size=2000)


def copy_rows(table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    quote = connection.ops.quote_name
    connection.ensure_connection()
    with connection.connection.cursor() as cursor:
        with cursor.copy(f"COPY {quote(table)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
