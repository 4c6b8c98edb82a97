"""``complaintdesk bench_create``: complaints registered per second through the API and the portal form (issue 5).

Starts gunicorn (sync workers) on the current database, then sends the requests from separate
processes at each concurrency. Writes complaints: use a scratch database.
"""

import os
import subprocess
import sys
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from accounts.models import User
from api.services import api_token_create
from complaintdesk.benchmarks.http_load import load_run
from complaintdesk.benchmarks.local_servers import free_port, listening_wait
from complaints.models import Complaint

TARGET_PER_SECOND = 650  # issue 5: five times django-helpdesk's ~130 tickets/s at concurrency 8


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--requests", type=int, default=2000, help="requests per run")
        parser.add_argument("--concurrency", default="1,8", help="comma-separated concurrency levels")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
        parser.add_argument("--channels", default="api,portal")

    def handle(self, *args, requests: int, concurrency: str, workers: int, channels: str, **options) -> None:
        levels = [int(level) for level in concurrency.split(",") if level.strip()]
        user = User.objects.filter(role=User.Role.QMS, is_active=True).order_by("pk").first()
        if user is None:
            raise CommandError("No QMS user: run `complaintdesk demo` or `seed` first.")
        _token, key = api_token_create(name=f"bench_create {time.time():.0f}", user=user)
        port = free_port()
        server = gunicorn_start(port=port, workers=workers)
        try:
            self.stdout.write(f"{connection.vendor}, gunicorn {workers} sync workers, {requests} requests per run")
            header = f"{'channel':<8} {'conc.':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8}  statuses"
            self.stdout.write(header + "\n" + "-" * len(header))
            first = Complaint.objects.count() + 1
            for channel in [c.strip() for c in channels.split(",") if c.strip()]:
                load_run(kind=channel, host="127.0.0.1", port=port, requests=50, concurrency=2, key=key,
                         first=first)  # warm-up: imports, connections, caches of each worker
                first += 50
                for level in levels:
                    outcome = load_run(kind=channel, host="127.0.0.1", port=port, requests=requests,
                                       concurrency=level, key=key, first=first)
                    first += requests
                    self.stdout.write(f"{channel:<8} {level:>5} {outcome.per_second:>8.1f} {outcome.median:>8.1f} "
                                      f"{outcome.percentile(0.95):>8.1f}  {dict(sorted(outcome.statuses.items()))}")
        finally:
            server.terminate()
            server.wait(timeout=30)
        self.stdout.write(f"Target (issue 5): >= {TARGET_PER_SECOND} complaints/s through each channel at "
                          f"concurrency 8 on PostgreSQL. API answers 201, the portal 302 (to the status page).")


def gunicorn_start(*, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "COMPLAINTDESK_TRUSTED_PROXY_COUNT": "1", "DEBUG": "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "complaintdesk.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--worker-class", "sync", "--backlog", "2048", "--log-level", "warning"],
        env=env)
    try:
        listening_wait(process=server, port=port, name="gunicorn (pip install -e '.[production]')")
    except RuntimeError as exc:
        raise CommandError(str(exc)) from None
    return server
