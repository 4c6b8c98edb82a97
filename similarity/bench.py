"""What ``similarity_bench`` measures: the similar-complaints panel of random complaints, the index's size,
and how fast complaints are turned into index rows."""

import time
from dataclasses import dataclass
from random import Random

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from complaintdesk.benchmarks.runner import percentile
from complaintdesk.benchmarks.scenarios import random_numbers
from complaints.models import Complaint

from .index import INDEXED_FIELDS, index_rows_of
from .models import ComplaintSignature, SimilarityKey
from .selectors import complaint_similarity_panel


@dataclass(frozen=True)
class Timings:
    name: str
    timings_ms: list[float]
    queries: list[int]
    found: list[int]

    def line(self) -> str:
        t = self.timings_ms
        return (f"{self.name:<44} {len(t):>5} {percentile(t, 0.5):>8.1f} {percentile(t, 0.95):>8.1f} "
                f"{max(t):>8.1f}  {min(self.queries)}–{max(self.queries)}  {sum(self.found) / len(self.found):.1f}")


def panel_timings(*, name: str, user: User, numbers: list[str]) -> Timings:
    """``complaint_similarity_panel`` for each complaint (fetched first, as the page's access gate does)."""
    timings, queries, found = [], [], []
    for number in numbers:
        complaint = Complaint.objects.get(tracking_number=number)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            panel = complaint_similarity_panel(complaint=complaint, user=user, now=timezone.now())
            timings.append((time.perf_counter() - started) * 1000)
        queries.append(len(captured.captured_queries))
        found.append(len(panel.similar) + len(panel.duplicates))
    return Timings(name=name, timings_ms=timings, queries=queries, found=found)


def bench_numbers(*, runs: int, seed: int) -> list[str]:
    return random_numbers(rng=Random(seed), count=runs)


def busiest_key_numbers(*, count: int, sample: int = 200_000) -> list[str]:
    """Complaints indexed under the most common keys among the newest ``sample`` index rows: the worst case,
    where the most complaints share a key with the one shown."""
    table = connection.ops.quote_name(SimilarityKey._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT key FROM (SELECT key FROM {table} ORDER BY created_at DESC LIMIT %s) AS newest "
                       "GROUP BY key ORDER BY COUNT(*) DESC LIMIT %s", [sample, count])
        keys = [key for (key,) in cursor.fetchall()]
    ids = [SimilarityKey.objects.filter(key=key).order_by("-created_at").values_list("complaint_id", flat=True)
           .first() for key in keys]
    return list(Complaint.objects.filter(pk__in=ids).values_list("tracking_number", flat=True))


def index_size() -> list[tuple[str, int, str]]:
    """(table, rows, size on disk with indexes) of the two index tables; sizes on PostgreSQL only."""
    sizes = []
    for model in (ComplaintSignature, SimilarityKey):
        table = model._meta.db_table
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT reltuples::bigint, pg_size_pretty(pg_total_relation_size(oid)) "
                               "FROM pg_class WHERE oid = %s::regclass", [table])
                rows, size = cursor.fetchone()
        else:
            rows, size = model.objects.count(), "-"
        sizes.append((table, rows, size))
    return sizes


def index_rows_rate(*, sample: int) -> float:
    """Complaints turned into index rows per second (the computing part of the backfill, no writing)."""
    rows = list(Complaint.objects.order_by("-pk").values(*INDEXED_FIELDS)[:sample])
    started = time.perf_counter()
    for _ in index_rows_of(rows):
        pass
    return len(rows) / max(time.perf_counter() - started, 1e-9)
