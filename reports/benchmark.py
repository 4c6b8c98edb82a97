"""``complaintdesk bench reports``: the monthly report, the 24-month validity trend and the report page, timed.

Issue 6 targets on 1,000,000 complaints: the monthly report computes in ≤ 1 s on PostgreSQL
(≤ 3 s on SQLite), the report page answers with p95 ≤ 500 ms, the validity trend in ≤ 1 s.
"""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db import connection
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from complaintdesk.benchmarks.runner import Scenario, percentile, scenario_run
from complaintdesk.benchmarks.scenarios import bench_user, busiest_department
from deadlines.selectors import deadline_rules
from routing.models import Department

from .models import MonthFigures
from .period import last_month
from .selectors.monthly import monthly_report
from .selectors.scope import Scope
from .selectors.trends import validity_trend

NO_TARGET = float("inf")
TARGETS_MS = {"postgresql": {"monthly": 1000, "trend": 1000, "page": 500},
              "sqlite": {"monthly": 3000, "trend": 1000, "page": 500}}


@dataclass(frozen=True)
class Timing:
    name: str
    timings_ms: list[float]
    target_ms: float
    queries: int = 0

    def line(self) -> str:
        p50, p95 = percentile(self.timings_ms, 0.5), percentile(self.timings_ms, 0.95)
        flag = "" if p95 <= self.target_ms else "  SLOW"
        queries = f"  {self.queries} queries" if self.queries else ""
        target = "—" if self.target_ms == NO_TARGET else f"≤ {self.target_ms:.0f}"
        return (f"{self.name[:58]:<58} {len(self.timings_ms):>5} {p50:>8.1f} {p95:>8.1f} {max(self.timings_ms):>8.1f}"
                f"  {target}{flag}{queries}")


def timed(name: str, call: Callable[[], object], *, runs: int, target_ms: float) -> Timing:
    call()  # warm-up: caches, calendars, the planner
    timings = []
    for _run in range(runs):
        started = time.perf_counter()
        call()
        timings.append((time.perf_counter() - started) * 1000)
    return Timing(name=name, timings_ms=timings, target_ms=target_ms)


def report_benchmarks(*, runs: int, page_runs: int) -> Iterator[Timing]:
    targets = TARGETS_MS.get(connection.vendor, TARGETS_MS["postgresql"])
    period = last_month(now=timezone.now(), time_zone=deadline_rules().default.time_zone)
    department = Department.objects.filter(pk=busiest_department()).first()
    company, one = Scope(period=period), Scope(period=period, department=department)
    yield timed(f"monthly report {period.key}, whole company", lambda: monthly_report(scope=company), runs=runs,
                target_ms=targets["monthly"])
    yield timed(f"monthly report {period.key}, {department.code if department else '-'}",
                lambda: monthly_report(scope=one), runs=runs, target_ms=targets["monthly"])
    yield timed("validity trend, 24 months, whole company", lambda: validity_trend(scope=company), runs=runs,
                target_ms=targets["trend"])

    def recounted() -> None:
        MonthFigures.objects.all().delete()
        validity_trend(scope=company)

    # What the first reader of the day pays: every ended month counted again from the complaints.
    yield timed("validity trend, 24 months, month figures recounted", recounted, runs=1,
                target_ms=NO_TARGET)
    qms = bench_user(username="bench.qms", role=User.Role.QMS)
    url = f"{reverse('web:reports')}?{urlencode({'month': period.key})}"
    for name, user, address in (("report page, QMS, whole company", qms, url),
                                ("report page, QMS, one department", qms,
                                 f"{url}&department={department.pk if department else ''}")):
        result = scenario_run(scenario=Scenario(name=name, user=user, url=lambda run, a=address: a), runs=page_runs)
        yield Timing(name=name, timings_ms=result.timings_ms, target_ms=targets["page"],
                     queries=max(result.query_counts))
