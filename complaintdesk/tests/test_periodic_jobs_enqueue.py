"""Each slot of each periodic job is enqueued exactly once, however many schedulers run."""

import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from complaintdesk.models import ScheduledRun
from complaintdesk.periodic import PeriodicJob, latest_slot
from complaintdesk.scheduler import periodic_jobs_enqueue

NIGHTLY = PeriodicJob("audit_chain_verify", "15 3 * * *", "audit.tasks.audit_chain_verify_task", timedelta(hours=12))
TBILISI = ZoneInfo("Asia/Tbilisi")


def test_the_latest_slot_is_read_in_the_site_time_zone():
    now = datetime(2026, 11, 23, 8, 0, tzinfo=TBILISI)
    assert latest_slot(NIGHTLY, now=now, time_zone="Asia/Tbilisi") == datetime(2026, 11, 23, 3, 15, tzinfo=TBILISI)
    exact = datetime(2026, 11, 23, 3, 15, tzinfo=TBILISI)
    assert latest_slot(NIGHTLY, now=exact, time_zone="Asia/Tbilisi") == exact


def test_a_slot_missed_for_longer_than_the_catch_up_window_is_skipped():
    now = datetime(2026, 11, 23, 20, 0, tzinfo=TBILISI)  # 16 h 45 min after 03:15
    assert latest_slot(NIGHTLY, now=now, time_zone="Asia/Tbilisi") is None


@pytest.mark.django_db
def test_ticking_twice_enqueues_once(settings):
    # given
    settings.TIME_ZONE = "Asia/Tbilisi"
    now = datetime(2026, 11, 23, 3, 20, tzinfo=TBILISI)
    # when
    first = periodic_jobs_enqueue(now=now, jobs=[NIGHTLY])
    second = periodic_jobs_enqueue(now=now + timedelta(minutes=1), jobs=[NIGHTLY])
    # then
    assert [run.job for run in first] == ["audit_chain_verify"] and second == []
    task = DBTaskResult.objects.get()
    assert task.task_path == "audit.tasks.audit_chain_verify_task"
    assert task.args_kwargs["kwargs"] == {"slot": "2026-11-23T03:15:00+04:00"}
    # and the next night gets its own slot
    assert len(periodic_jobs_enqueue(now=now + timedelta(days=1), jobs=[NIGHTLY])) == 1


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_at_the_same_moment_enqueue_one_task(settings):
    """Run concurrently on PostgreSQL (threads with their own connections); sequentially on SQLite."""
    settings.TIME_ZONE = "Asia/Tbilisi"
    now = datetime(2026, 11, 23, 3, 20, tzinfo=TBILISI)
    barrier = threading.Barrier(4)
    errors = []

    def scheduler():
        try:
            barrier.wait(timeout=10)
            periodic_jobs_enqueue(now=now, jobs=[NIGHTLY])
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)
        finally:
            connection.close()

    if connection.vendor == "postgresql":
        threads = [threading.Thread(target=scheduler) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    else:
        barrier = threading.Barrier(1)
        for _ in range(4):
            scheduler()
    assert errors == []
    assert ScheduledRun.objects.count() == 1
    assert DBTaskResult.objects.count() == 1
