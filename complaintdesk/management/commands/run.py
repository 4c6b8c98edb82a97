"""Web, worker and scheduler in one command: the embedded default on one machine."""

import signal
import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = ("Serve complaintdesk on one machine: the web server, one background worker and the "
            "scheduler, stopped together. For production, run gunicorn, workers and the scheduler apart.")

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")
        parser.add_argument("--workers", type=int, default=1, help="Background workers to start (default 1).")

    def handle(self, *args, addrport: str, workers: int, **options):
        manage = [sys.executable, "-m", "complaintdesk.cli"]
        children = [subprocess.Popen([*manage, "worker"]) for _ in range(workers)]
        children.append(subprocess.Popen([*manage, "scheduler"]))
        self.stdout.write(f"started {workers} worker(s) and the scheduler")
        try:
            call_command("runserver", addrport, use_reloader=False)
        finally:
            for child in children:
                child.send_signal(signal.SIGTERM)
            for child in children:
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()
