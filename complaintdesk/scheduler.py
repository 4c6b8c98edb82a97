"""The scheduler's one service: enqueue each due slot of each periodic job exactly once."""

from collections.abc import Iterable
from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string

from .models import ScheduledRun
from .periodic import PERIODIC_JOBS, PeriodicJob, latest_slot


def periodic_jobs_enqueue(*, now: datetime | None = None,
                          jobs: Iterable[PeriodicJob] = PERIODIC_JOBS) -> list[ScheduledRun]:
    """Enqueue the jobs whose latest slot has not been enqueued yet; returns the new runs.

    Safe to call from several machines at once: the slot row and the task row commit
    together, and only one insert of a slot can succeed.
    """
    now = now or timezone.now()
    runs = []
    for job in jobs:
        slot = latest_slot(job, now=now, time_zone=settings.TIME_ZONE)
        if slot is None or ScheduledRun.objects.filter(job=job.name, slot=slot).exists():
            continue
        try:
            with transaction.atomic():
                task = import_string(job.task)
                result = task.enqueue(slot=slot.isoformat())
                runs.append(ScheduledRun.objects.create(job=job.name, slot=slot, task_id=str(result.id),
                                                        created_at=timezone.now()))
        except IntegrityError:
            continue  # another scheduler took this slot; its task row is the one that counts
    return runs
