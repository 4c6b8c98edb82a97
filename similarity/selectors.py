"""Reads of the similarity index: the complaints most like one complaint, and its possible duplicates.

Candidates come from the newest rows of each of the complaint's keys (``PER_KEY`` per key,
read backwards from the primary key), so a query costs the same however many complaints
share a key; they are scored by their stored signatures and only then passed through the
viewer's visibility.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
from django.db import connection
from django.utils import timezone

from accounts.models import User
from accounts.permissions import complaint_visibility
from complaints.models import Complaint

from . import minhash
from .keys import customer_keys
from .models import ComplaintSignature, SimilarityKey

RECENT_DAYS = 365  # "recent": registered within a year before now
PER_KEY = 30  # newest index rows read per key: 20 bands → at most 600 candidates
SIMILAR_LIMIT = 8
SIMILAR_MIN = 0.35  # estimated Jaccard of 4-letter shingles; unrelated texts of the same domain stay below 0.25
DUPLICATE_DAYS = 14  # a second complaint by the same customer within two weeks before or after
DUPLICATE_MIN = 0.3


@dataclass(frozen=True)
class SimilarComplaint:
    complaint: Complaint
    similarity: float  # estimated share of common 4-letter sequences, 0 to 1

    @property
    def percent(self) -> int:
        return round(self.similarity * 100)


@dataclass(frozen=True)
class SimilarityPanel:
    duplicates: list[SimilarComplaint]
    similar: list[SimilarComplaint]


@dataclass(frozen=True)
class KeyLookup:
    keys: list[int]
    since: datetime
    until: datetime


def key_candidates(*, lookups: list[KeyLookup], exclude_id: int, per_key: int = PER_KEY) -> list[list[int]]:
    """For each lookup, the complaint ids of the newest ``per_key`` index rows of each of its keys in
    [since, until], without ``exclude_id``: one query for all of them."""
    quote = connection.ops.quote_name
    one = (f"SELECT {quote('complaint_id')}, %s AS lookup FROM (SELECT {quote('complaint_id')} "
           f"FROM {quote(SimilarityKey._meta.db_table)} WHERE {quote('key')} = %s AND {quote('created_at')} >= %s "
           f"AND {quote('created_at')} <= %s AND {quote('complaint_id')} <> %s "
           f"ORDER BY {quote('created_at')} DESC LIMIT %s) AS k{{n}}")
    parts, params = [], []
    for number, lookup in enumerate(lookups):
        for key in lookup.keys:
            parts.append(one.format(n=len(parts)))
            params += [number, key, lookup.since, lookup.until, exclude_id, per_key]
    found: list[dict[int, None]] = [{} for _ in lookups]
    if parts:
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            for pk, number in cursor.fetchall():
                found[number][pk] = None
    return [list(ids) for ids in found]


def signatures_of(ids: set[int]) -> dict[int, np.ndarray]:
    if not ids:
        return {}
    stored = ComplaintSignature.objects.filter(pk__in=list(ids)).values_list("complaint_id", "signature")
    return {pk: minhash.signature_from_bytes(data) for pk, data in stored}


def ranked(*, sig: np.ndarray, ids: list[int], signatures: dict[int, np.ndarray],
           minimum: float) -> list[tuple[int, float]]:
    """``ids`` at least ``minimum`` like ``sig``, most alike first (then the newest)."""
    found = [pk for pk in ids if pk in signatures]
    if not found:
        return []
    scores = minhash.estimated_similarity(sig, np.stack([signatures[pk] for pk in found]))
    pairs = [(pk, float(score)) for pk, score in zip(found, scores, strict=True) if score >= minimum]
    return sorted(pairs, key=lambda pair: (-pair[1], -pair[0]))


def visible_ids(*, user: User, ids: list[int]) -> set[int] | None:
    """Which of ``ids`` ``user`` may see; None when they see every complaint (no query)."""
    visibility = complaint_visibility(user)
    if not visibility:
        return None
    return set(Complaint.objects.filter(visibility, pk__in=ids).values_list("pk", flat=True))


# What the panel shows of a complaint; the rest of its columns are not read.
SHOWN_FIELDS = ("tracking_number", "status", "created_at", "description", "department__name_en",
                "department__name_ru", "department__name_ka")


def complaint_similarity_panel(*, complaint: Complaint, user: User, now: datetime | None = None,
                               limit: int = SIMILAR_LIMIT) -> SimilarityPanel:
    """Possible duplicates from the same customer, then the most similar recent complaints, as ``user`` sees them.

    Three queries (four for a viewer who does not see every complaint): the index, the signatures,
    the complaints shown.
    """
    now = now or timezone.now()
    sig = minhash.signature(complaint.description)
    window = timedelta(days=DUPLICATE_DAYS)
    customer = customer_keys(email=complaint.contact_email, phone=complaint.contact_phone,
                             account_ref=complaint.account_ref)
    duplicate_ids, similar_ids = key_candidates(lookups=[
        KeyLookup(customer, complaint.created_at - window, complaint.created_at + window),
        KeyLookup(minhash.band_keys(sig), now - timedelta(days=RECENT_DAYS), now),
    ], exclude_id=complaint.pk)
    signatures = signatures_of(set(duplicate_ids) | set(similar_ids))
    duplicates = ranked(sig=sig, ids=duplicate_ids, signatures=signatures, minimum=DUPLICATE_MIN)
    similar = ranked(sig=sig, ids=similar_ids, signatures=signatures, minimum=SIMILAR_MIN)
    # A few hidden complaints must not empty the lists: look further than ``limit``.
    visible = visible_ids(user=user, ids=[pk for pk, _ in duplicates[:limit * 20] + similar[:limit * 20]])
    duplicates = [(pk, score) for pk, score in duplicates if visible is None or pk in visible][:limit]
    shown_duplicates = {pk for pk, _ in duplicates}
    similar = [(pk, score) for pk, score in similar
               if (visible is None or pk in visible) and pk not in shown_duplicates][:limit]
    complaints = Complaint.objects.select_related("department").only(*SHOWN_FIELDS).in_bulk(
        [pk for pk, _ in duplicates + similar])
    return SimilarityPanel(
        duplicates=[SimilarComplaint(complaints[pk], score) for pk, score in duplicates if pk in complaints],
        similar=[SimilarComplaint(complaints[pk], score) for pk, score in similar if pk in complaints])
