"""``complaintdesk bench_create``: complaints per second through the API and the portal form (issue 5).

Starts gunicorn (sync workers) on the current database and loads it with wrk at each
concurrency, for each way in:

- ``api-async``: ``Prefer: respond-async``, checked, numbered and stored in the request (202),
  registered by the worker;
- ``portal-async``: the public form with ``COMPLAINTDESK_PORTAL_RECEIPTS`` on (302);
- ``api``: registered in the request (201);
- ``portal``: the public form, registered in the request (302 to the status page).

Then starts background workers and times how fast they register what was accepted. Writes
complaints: use a scratch database.
"""

import http.client
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from api.services import api_token_create
from complaintdesk.benchmarks.local_servers import free_port, listening_wait
from complaintdesk.benchmarks.wrk import API, PORTAL, WrkOutcome, wrk_available, wrk_run
from intake.models import Receipt

TARGET_PER_SECOND = 650  # issue 5: five times django-helpdesk's ~130 tickets/s at concurrency 8
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# channel: (script, answer expected, Prefer header, the public form's receipts on)
CHANNELS = {
    "api-async": (API, 202, "respond-async", False),
    "portal-async": (PORTAL, 302, "", True),
    "api": (API, 201, "", False),
    "portal": (PORTAL, 302, "", False),
}


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--seconds", type=int, default=10, help="seconds per run")
        parser.add_argument("--repeat", type=int, default=1, help="runs per channel and level (the median is printed)")
        parser.add_argument("--concurrency", default="1,8", help="comma-separated concurrency levels")
        parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
        parser.add_argument("--threads", type=int, default=1,
                            help="threads per gunicorn worker (more than 1: gthread workers)")
        parser.add_argument("--channels", default=",".join(CHANNELS), help=f"some of {', '.join(CHANNELS)}")
        parser.add_argument("--drain-workers", type=int, default=2,
                            help="background workers registering what was accepted (0: leave it queued)")

    def handle(self, *args, seconds: int, repeat: int, concurrency: str, workers: int, threads: int, channels: str,
               drain_workers: int, **options) -> None:
        if not wrk_available():
            raise CommandError("wrk is not installed: apt-get install wrk")
        levels = [int(level) for level in concurrency.split(",") if level.strip()]
        chosen = [channel.strip() for channel in channels.split(",") if channel.strip()]
        if unknown := set(chosen) - set(CHANNELS):
            raise CommandError(f"unknown channels: {', '.join(sorted(unknown))}")
        user = User.objects.filter(role=User.Role.QMS, is_active=True).order_by("pk").first()
        if user is None:
            raise CommandError("No QMS user: run `complaintdesk demo` or `seed` first.")
        _token, key = api_token_create(name=f"bench_create {time.time():.0f}", user=user)
        queued_before, started_at = DBTaskResult.objects.ready().count(), timezone.now()
        kind = f"{workers} sync workers" if threads == 1 else f"{workers} workers of {threads} threads (gthread)"
        self.stdout.write(f"{connection.vendor}, gunicorn {kind}, wrk, {seconds} s per run")
        header = f"{'channel':<13} {'conc.':>5} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}  answers"
        self.stdout.write(header + "\n" + "-" * len(header))
        base = int(time.time()) % 100000 * 100_000_000
        rates: dict[tuple[str, int], list[float]] = {}
        with tempfile.TemporaryDirectory() as scratch:
            for channel in [channel for channel in CHANNELS if channel in chosen]:  # the accepting ones first
                script, expected, prefer, portal_receipts = CHANNELS[channel]
                port = free_port()
                server = gunicorn_start(port=port, workers=workers, threads=threads, portal_receipts=portal_receipts)
                try:
                    env = {"CD_EXPECT": str(expected), "CD_KEY": key, "CD_PREFER": prefer,
                           "CD_ORIGIN": f"http://127.0.0.1:{port}"}
                    if script is PORTAL:
                        env["CD_COOKIE"], env["CD_TOKEN"] = portal_session(port)
                    # 0: two seconds of warm-up (imports, connections, caches); then each level ``repeat`` times
                    for level in [0, *[level for level in levels for _ in range(repeat)]]:
                        base += 1_000_000_000
                        outcome = wrk_run(url=f"http://127.0.0.1:{port}", script=script, connections=level or 2,
                                          seconds=seconds if level else 2, env={**env, "CD_BASE": str(base)},
                                          script_dir=scratch)
                        if level:
                            self.row(channel, level, outcome)
                            rates.setdefault((channel, level), []).append(outcome.per_second)
                finally:
                    server.terminate()
                    server.wait(timeout=30)
        if repeat > 1:
            for (channel, level), values in rates.items():
                self.stdout.write(f"{channel:<13} {level:>5}  median {statistics.median(values):.1f} req/s of "
                                  f"{len(values)} runs ({min(values):.1f}–{max(values):.1f})")
        self.stdout.write(f"Target (issue 5): >= {TARGET_PER_SECOND} complaints/s through the API and the portal "
                          "form at concurrency 8 on PostgreSQL.")
        if drain_workers:
            self.drain(workers=drain_workers, queued_before=queued_before, since=started_at)

    def row(self, channel: str, level: int, outcome: WrkOutcome) -> None:
        answers = f"{outcome.expected} expected, {outcome.other} other, {outcome.socket_errors} socket errors"
        self.stdout.write(f"{channel:<13} {level:>5} {outcome.per_second:>8.1f} {outcome.p50_ms:>8.1f} "
                          f"{outcome.p95_ms:>8.1f} {outcome.p99_ms:>8.1f}  {answers}")

    def drain(self, *, workers: int, queued_before: int, since: datetime) -> None:
        accepted = Receipt.objects.filter(received_at__gte=since)
        waiting = accepted.filter(status=Receipt.Status.RECEIVED).count()
        if not waiting:
            return
        if queued_before:
            self.stdout.write(f"note: {queued_before} jobs were queued before the benchmark; they run first")
        started = time.perf_counter()
        processes = [subprocess.Popen([sys.executable, "-m", "complaintdesk.cli", "worker", "--interval", "0.2"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for _ in range(workers)]
        try:
            while accepted.filter(status=Receipt.Status.RECEIVED).exists():
                time.sleep(0.25)
            seconds = time.perf_counter() - started
        finally:
            for process in processes:
                process.send_signal(signal.SIGTERM)
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:  # still sending the acknowledgements: not measured here
                    process.kill()
        failed = accepted.filter(status=Receipt.Status.FAILED).count()
        self.stdout.write(f"{workers} workers registered the {waiting} accepted complaints in {seconds:.1f} s: "
                          f"{waiting / seconds:.1f}/s ({failed} could not be registered)")


def gunicorn_start(*, port: int, workers: int, threads: int, portal_receipts: bool) -> subprocess.Popen:
    env = {**os.environ, "COMPLAINTDESK_TRUSTED_PROXY_COUNT": "1", "DEBUG": "false",
           "COMPLAINTDESK_PORTAL_RECEIPTS": "true" if portal_receipts else "false"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "complaintdesk.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", str(workers), "--threads", str(threads), "--worker-class", "sync" if threads == 1 else "gthread",
         "--backlog", "2048", "--log-level", "warning"],
        env=env)
    try:
        listening_wait(process=server, port=port, name="gunicorn (pip install -e '.[production]')")
    except RuntimeError as exc:
        raise CommandError(str(exc)) from None
    return server


def portal_session(port: int) -> tuple[str, str]:
    """The CSRF cookie and form token a browser gets with the empty form."""
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    client.request("GET", "/", headers={"Accept-Language": "ru"})
    response = client.getresponse()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = CSRF_INPUT.search(response.read().decode()).group(1)
    client.close()
    return cookie, token
