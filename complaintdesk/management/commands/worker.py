import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand

from intake.receiving import receipts_drain, receipts_drain_loop


class Command(BaseCommand):
    help = ("Run background jobs (mail, reminders, reports) from the database queue, and register the complaints "
            "accepted at once (intake.receiving). Start as many as needed.")

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the jobs that are due, then exit.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls (default 1).")

    def handle(self, *args, batch: bool, interval: float, **options):
        if batch:
            while receipts_drain():
                pass
            call_command("db_worker", reload=False, batch=True, interval=interval, startup_delay=False)
            return
        stop = threading.Event()
        drain = threading.Thread(target=receipts_drain_loop, kwargs={"stop": stop}, name="receipts", daemon=True)
        drain.start()
        try:
            call_command("db_worker", reload=False, batch=False, interval=interval, startup_delay=False)
        finally:
            stop.set()
            drain.join(timeout=30)
