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


def key_candidates(*, keys: list[int], since: datetime, until: datetime, exclude_id: int,
                   per_key: int = PER_KEY) -> list[int]:
    """Complaint ids of the newest ``per_key`` index rows of each key in [since, until], without ``exclude_id``."""
    if not keys:
        return []
    quote = connection.ops.quote_name
    one = (f"SELECT {quote('complaint_id')} FROM (SELECT {quote('complaint_id')} "
           f"FROM {quote(SimilarityKey._meta.db_table)} WHERE {quote('key')} = %s AND {quote('created_at')} >= %s "
           f"AND {quote('created_at')} <= %s AND {quote('complaint_id')} <> %s "
           f"ORDER BY {quote('created_at')} DESC LIMIT %s) AS k{{n}}")
    sql = " UNION ALL ".join(one.format(n=n) for n in range(len(keys)))
    params: list = []
    for key in keys:
        params += [key, since, until, exclude_id, per_key]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return list(dict.fromkeys(pk for (pk,) in cursor.fetchall()))


def scored(*, sig: np.ndarray, ids: list[int], minimum: float) -> list[tuple[int, float]]:
    """``ids`` whose stored signature is at least ``minimum`` like ``sig``, most alike first."""
    if not ids:
        return []
    stored = ComplaintSignature.objects.filter(pk__in=ids).values_list("complaint_id", "signature")
    found = [(pk, minhash.signature_from_bytes(data)) for pk, data in stored]
    if not found:
        return []
    scores = minhash.estimated_similarity(sig, np.stack([s for _pk, s in found]))
    ranked = sorted(((float(score), pk) for (pk, _s), score in zip(found, scores, strict=True)
                     if score >= minimum), key=lambda pair: (-pair[0], -pair[1]))
    return [(pk, score) for score, pk in ranked]


def visible_ranked(*, user: User, ranked: list[tuple[int, float]], limit: int) -> list[SimilarComplaint]:
    """The first ``limit`` of ``ranked`` that ``user`` may see, in rank order, in one query."""
    if not ranked:
        return []
    wanted = dict(ranked[:limit * 20])  # a few hidden ones must not empty the list
    complaints = {c.pk: c for c in Complaint.objects.filter(complaint_visibility(user), pk__in=list(wanted))
                  .select_related("department", "assignee")}
    shown = [SimilarComplaint(complaint=complaints[pk], similarity=score) for pk, score in wanted.items()
             if pk in complaints]
    return shown[:limit]


def complaint_similarity_panel(*, complaint: Complaint, user: User, now: datetime | None = None,
                               limit: int = SIMILAR_LIMIT) -> SimilarityPanel:
    """Possible duplicates from the same customer, then the most similar recent complaints, as ``user`` sees them."""
    now = now or timezone.now()
    sig = minhash.signature(complaint.description)
    window = timedelta(days=DUPLICATE_DAYS)
    duplicate_ids = key_candidates(
        keys=customer_keys(email=complaint.contact_email, phone=complaint.contact_phone,
                           account_ref=complaint.account_ref),
        since=complaint.created_at - window, until=complaint.created_at + window, exclude_id=complaint.pk)
    duplicates = visible_ranked(user=user, ranked=scored(sig=sig, ids=duplicate_ids, minimum=DUPLICATE_MIN),
                                limit=limit)
    similar_ids = key_candidates(keys=minhash.band_keys(sig), since=now - timedelta(days=RECENT_DAYS), until=now,
                                 exclude_id=complaint.pk)
    already = {d.complaint.pk for d in duplicates}
    ranked = [(pk, score) for pk, score in scored(sig=sig, ids=similar_ids, minimum=SIMILAR_MIN)
              if pk not in already]
    return SimilarityPanel(duplicates=duplicates, similar=visible_ranked(user=user, ranked=ranked, limit=limit))
