from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run background jobs (mail, reminders, reports) from the database queue. Start as many as needed."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the jobs that are due, then exit.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls (default 1).")

    def handle(self, *args, batch: bool, interval: float, **options):
        call_command("db_worker", reload=False, batch=batch, interval=interval, startup_delay=False)
