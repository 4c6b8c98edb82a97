"""``complaintdesk bench``: the queue and complaint pages timed on the current database (issue 2)."""

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from complaintdesk.benchmarks.runner import Result, explain, percentile, scenario_run
from complaintdesk.benchmarks.scenarios import scenarios_build
from complaints.models import Complaint

TARGET_P95_MS = 150  # issue 2: p95 of the queue and complaint pages on 1,000,000 complaints


class Command(BaseCommand):
    help = (
        "Time the staff queue (default filters, text search, page sizes, next page, overdue, a department, "
        "a responsible's own) and the complaint page on the current database, in-process with Django's test "
        "client: p50, p95 and max per scenario, and the number of SQL queries per request. Creates no data "
        "except a bench user when no QMS or responsible user exists. A measurement: slowness never fails it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("what", nargs="?", choices=["pages", "reports"], default="pages",
                            help="pages: the queue and complaint pages (default); reports: the monthly report "
                                 "(issue 6)")
        parser.add_argument("--runs", type=int, default=200, help="timed requests per scenario (after one warm-up)")
        parser.add_argument("--page-size", type=int, default=50,
                            help="the larger page size compared with 10 to show a fixed query count")
        parser.add_argument("--q", default="", help="the word to search for (default: one from a complaint)")
        parser.add_argument("--seed", type=int, default=1, help="random seed for the complaints visited")
        parser.add_argument("--explain", action="store_true",
                            help="print the plan of each scenario's slowest query (EXPLAIN ANALYZE on PostgreSQL)")

    def handle(self, *args, what: str, runs: int, page_size: int, q: str, seed: int, explain: bool,
               **options) -> None:
        runs = max(1, runs)
        total = Complaint.objects.count()
        if what == "reports":
            self.reports(total=total, runs=runs)
            return
        self.stdout.write(f"{connection.vendor}: {total} complaints; {runs} runs per scenario after 1 warm-up.")
        scenarios = scenarios_build(runs=runs, page_sizes=sorted({10, max(1, page_size)}), seed=seed, search=q)
        header = f"{'scenario':<58} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  queries"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for scenario in scenarios:
            result = scenario_run(scenario=scenario, runs=runs)
            self.stdout.write(self.line(result))
            if explain and result.slowest_sql:
                self.stdout.write(f"    slowest query ({result.slowest_sql_ms:.1f} ms): {result.slowest_sql}")
                for plan_line in explain_lines(result.slowest_sql):
                    self.stdout.write(f"      {plan_line}")
        self.stdout.write(f"Target (issue 2): p95 <= {TARGET_P95_MS} ms with a fixed query count per page.")

    def reports(self, *, total: int, runs: int) -> None:
        from reports.benchmark import report_benchmarks

        computed, pages = max(1, min(runs, 10)), runs
        self.stdout.write(f"{connection.vendor}: {total} complaints; {computed} runs per computation, {pages} per "
                          "page, after 1 warm-up.")
        header = f"{'measured':<58} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  target ms"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for timing in report_benchmarks(runs=computed, page_runs=pages):
            self.stdout.write(timing.line())

    def line(self, result: Result) -> str:
        timings = result.timings_ms
        counts = sorted(set(result.query_counts))
        queries = str(counts[0]) if len(counts) == 1 else f"{counts[0]}–{counts[-1]}"
        p95 = percentile(timings, 0.95)
        flag = "" if p95 <= TARGET_P95_MS else "  SLOW"
        bad = sorted(status for status in result.statuses if status != 200)
        if bad:
            flag += f"  HTTP {','.join(map(str, bad))}"
        return (f"{result.scenario.name[:58]:<58} {len(timings):>5} {percentile(timings, 0.5):>8.1f} "
                f"{p95:>8.1f} {max(timings):>8.1f}  {queries}{flag}")


def explain_lines(sql: str) -> list[str]:
    try:
        return list(explain(sql))
    except Exception as exc:  # a plan is a bonus; never fail the measurement for it
        return [f"(no plan: {exc})"]
