"""Keeping the similarity index up to date: one complaint at a time, or many in bulk."""

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from complaints.models import Complaint

from .keys import complaint_keys
from .minhash import band_keys, signature_from_bytes
from .models import ComplaintSignature, SimilarityKey

# What the index reads of a complaint.
INDEXED_FIELDS = ("id", "description", "contact_email", "contact_phone", "account_ref", "created_at")


@dataclass(frozen=True)
class IndexRows:
    """A complaint's rows in the index: its signature and one (key, created_at, complaint) per key."""

    complaint_id: int
    signature: bytes
    customer_keys: list[int]
    keys: list[tuple[int, datetime, int]]


def index_rows(*, complaint_id: int, description: str, contact_email: str, contact_phone: str,
               account_ref: str, created_at: datetime) -> IndexRows:
    signature, bands, customers = complaint_keys(description=description, email=contact_email,
                                                 phone=contact_phone, account_ref=account_ref)
    # A key twice for one complaint (two bands alike by chance) would break the primary key.
    keys = [(key, created_at, complaint_id) for key in dict.fromkeys([*bands, *customers])]
    return IndexRows(complaint_id=complaint_id, signature=signature, customer_keys=customers, keys=keys)


def index_rows_of(rows: Iterable[dict]) -> Iterator[IndexRows]:
    """Index rows of complaints given as dicts of ``INDEXED_FIELDS`` (``id`` or ``complaint_id``)."""
    for row in rows:
        yield index_rows(complaint_id=row.get("complaint_id", row.get("id")), description=row["description"],
                         contact_email=row.get("contact_email") or "", contact_phone=row.get("contact_phone") or "",
                         account_ref=row.get("account_ref") or "", created_at=row["created_at"])


def index_rows_for(complaint: Complaint) -> IndexRows:
    return index_rows(complaint_id=complaint.pk, description=complaint.description,
                      contact_email=complaint.contact_email, contact_phone=complaint.contact_phone,
                      account_ref=complaint.account_ref, created_at=complaint.created_at)


def keys_insert(rows: IndexRows) -> None:
    SimilarityKey.objects.bulk_create(
        [SimilarityKey(key=key, created_at=at, complaint_id=pk) for key, at, pk in rows.keys])


def similarity_index_add(*, complaint: Complaint) -> IndexRows:
    """Index a complaint just registered (in its transaction): nothing to replace, written in bulk."""
    rows = index_rows_for(complaint)
    index_rows_write([rows])
    return rows


def similarity_index_update(*, complaint: Complaint) -> IndexRows:
    """Index ``complaint`` under its current text and customer, replacing what it was indexed under.

    Call inside the transaction that changes its description or contact details, so the index
    never disagrees with a committed complaint.
    """
    old = ComplaintSignature.objects.select_for_update().filter(pk=complaint.pk).first()
    if old is None:
        return similarity_index_add(complaint=complaint)
    rows = index_rows_for(complaint)
    old_keys = [*band_keys(signature_from_bytes(old.signature)), *old.customer_keys]
    # The whole primary key: exact lookups, however many complaints share a key.
    SimilarityKey.objects.filter(key__in=old_keys, created_at=complaint.created_at,
                                 complaint_id=complaint.pk).delete()
    old.signature, old.customer_keys = rows.signature, rows.customer_keys
    old.save(update_fields=["signature", "customer_keys"])
    keys_insert(rows)
    return rows


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
    # SQLite: plain executemany; bulk_create's per-value preparation cost four times the hashing.
    quote, adapt = connection.ops.quote_name, connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {quote(ComplaintSignature._meta.db_table)} "
            f"({quote('complaint_id')}, {quote('signature')}, {quote('customer_keys')}) VALUES (%s, %s, %s)",
            [(r.complaint_id, r.signature, json.dumps(r.customer_keys)) for r in rows])
        cursor.executemany(
            f"INSERT INTO {quote(SimilarityKey._meta.db_table)} "
            f"({quote('key')}, {quote('created_at')}, {quote('complaint_id')}) VALUES (%s, %s, %s)",
            [(key, adapt(at), pk) for r in rows for key, at, pk in r.keys])


def copy_rows(table: str, columns: tuple[str, ...], rows: Iterable[tuple]) -> None:
    quote = connection.ops.quote_name
    connection.ensure_connection()
    with connection.connection.cursor() as cursor:
        with cursor.copy(f"COPY {quote(table)} ({', '.join(map(quote, columns))}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
