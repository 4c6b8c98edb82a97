"""``complaintdesk similarity_bench``: how fast the similar complaints of a complaint are found."""

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection

from complaintdesk.benchmarks.scenarios import bench_user, busiest_department
from complaints.models import Complaint
from similarity.bench import bench_numbers, busiest_key_numbers, index_rows_rate, index_size, panel_timings

TARGET_MS = 50  # issue 7: similar complaints in at most 50 ms at 1,000,000 complaints


class Command(BaseCommand):
    help = ("Time the similar complaints and possible duplicates of random complaints (p50, p95, max, SQL "
            "queries, complaints found), as quality management and as a department's responsible; print the "
            "index's size and how many complaints per second are turned into index rows. A measurement: "
            "slowness never fails it. Build the index first (similarity_backfill).")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--runs", type=int, default=300, help="complaints timed per viewer (after a warm-up)")
        parser.add_argument("--seed", type=int, default=1, help="random seed for the complaints visited")

    def handle(self, *args, runs: int, seed: int, **options) -> None:
        runs = max(1, runs)
        self.stdout.write(f"{connection.vendor}: {Complaint.objects.count()} complaints; {runs} complaints per "
                          "viewer after a warm-up of 20.")
        numbers = bench_numbers(runs=runs + 20, seed=seed)
        viewers = [("quality management (sees all)", bench_user(username="bench-qms", role="qms")),
                   ("responsible (own department)", bench_user(username="bench-responsible", role="responsible",
                                                               department_id=busiest_department()))]
        header = f"{'similar complaints of a complaint, as':<44} {'runs':>5} {'p50 ms':>8} {'p95 ms':>8} " \
                 f"{'max ms':>8}  queries  found"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, user in viewers:
            panel_timings(name=name, user=user, numbers=numbers[:20])
            self.stdout.write(panel_timings(name=name, user=user, numbers=numbers[20:]).line())
        worst = busiest_key_numbers(count=min(runs, 100))
        if worst:
            self.stdout.write(panel_timings(name=f"{viewers[0][0]}, busiest keys", user=viewers[0][1],
                                            numbers=worst).line())
        self.stdout.write(f"Target (issue 7): p95 <= {TARGET_MS} ms.")
        for table, rows, size in index_size():
            self.stdout.write(f"index table {table}: {rows} rows, {size}")
        self.stdout.write(f"index rows computed: {index_rows_rate(sample=5000):.0f} complaints/s "
                          "(one core; similarity_backfill prints the whole rate with writing)")
