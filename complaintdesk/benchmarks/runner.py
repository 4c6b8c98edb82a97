"""Time pages in-process with Django's test client, counting the SQL queries of each request."""

import math
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import User


@dataclass(frozen=True)
class Scenario:
    name: str
    user: User
    # A fresh URL for each run (the complaint page visits a different complaint each time).
    url: Callable[[int], str]
    # Held around every request of the scenario, e.g. a patched page size.
    around: Callable[[], AbstractContextManager] = nullcontext


@dataclass
class Result:
    scenario: Scenario
    timings_ms: list[float] = field(default_factory=list)
    query_counts: list[int] = field(default_factory=list)
    statuses: set[int] = field(default_factory=set)
    slowest_sql: str = ""
    slowest_sql_ms: float = 0.0


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile: the smallest value with at least ``share`` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(len(ordered) * share)) - 1]


def host_for_client() -> str:
    hosts = settings.ALLOWED_HOSTS
    return "testserver" if "testserver" in hosts or "*" in hosts or not hosts else hosts[0].lstrip(".")


def scenario_run(*, scenario: Scenario, runs: int, warmup: int = 1) -> Result:
    """Request the scenario's URL ``warmup + runs`` times as its user; keep the timed runs."""
    # A page that fails is reported as its HTTP status, and the other scenarios still run.
    client = Client(raise_request_exception=False, HTTP_HOST=host_for_client())
    client.force_login(scenario.user)
    result = Result(scenario=scenario)
    with scenario.around():
        for run in range(-warmup, runs):
            url = scenario.url(run)
            # The query log is a bounded deque that nothing empties outside tests: start each request afresh.
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                elapsed = (time.perf_counter() - started) * 1000
            if run < 0:
                continue
            result.timings_ms.append(elapsed)
            result.query_counts.append(len(queries.captured_queries))
            result.statuses.add(response.status_code)
            for query in queries.captured_queries:
                if float(query["time"]) * 1000 > result.slowest_sql_ms:
                    result.slowest_sql_ms, result.slowest_sql = float(query["time"]) * 1000, query["sql"]
    return result


def explain(sql: str) -> Iterator[str]:
    """The plan of ``sql`` as executed (PostgreSQL: EXPLAIN ANALYZE), one line at a time."""
    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql)
        for row in cursor.fetchall():
            yield " ".join(str(cell) for cell in row)
