"""Keeping the similarity index up to date: one complaint at a time, or many in bulk."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

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
    """Index a complaint just registered (in its transaction): two inserts, nothing to replace."""
    rows = index_rows_for(complaint)
    ComplaintSignature.objects.create(complaint_id=complaint.pk, signature=rows.signature,
                                      customer_keys=rows.customer_keys)
    keys_insert(rows)
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
