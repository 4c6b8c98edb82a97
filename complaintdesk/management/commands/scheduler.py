import time

from django.core.management.base import BaseCommand

from complaintdesk.scheduler import periodic_jobs_enqueue


class Command(BaseCommand):
    help = ("Enqueue the periodic jobs (complaintdesk/periodic.py) when their time comes. "
            "Safe to run on several machines at once: each time slot is enqueued once.")

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=20.0, help="Seconds between checks (default 20).")
        parser.add_argument("--once", action="store_true", help="Check once and exit.")

    def handle(self, *args, interval: float, once: bool, **options):
        while True:
            for run in periodic_jobs_enqueue():
                self.stdout.write(f"enqueued {run.job} for {run.slot.isoformat()} (task {run.task_id})")
            if once:
                return
            time.sleep(interval)
