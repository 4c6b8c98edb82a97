"""Every night the scheduler enqueues the training once, and the worker makes a new model version."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django_tasks_db.models import DBTaskResult

from complaintdesk.periodic import PERIODIC_JOBS
from complaintdesk.scheduler import periodic_jobs_enqueue
from complaintdesk.tests.worker import worker_run
from triage.models import TriageModel

TBILISI = ZoneInfo("Asia/Tbilisi")
NIGHTLY = next(job for job in PERIODIC_JOBS if job.name == "triage_model_train")


@pytest.mark.django_db
def test_the_nightly_slot_is_enqueued_once_and_trains_a_model(settings, qms):
    # given
    settings.TIME_ZONE = "Asia/Tbilisi"
    night = datetime(2026, 11, 24, 2, 40, tzinfo=TBILISI)
    # when
    first = periodic_jobs_enqueue(now=night, jobs=[NIGHTLY])
    again = periodic_jobs_enqueue(now=night, jobs=[NIGHTLY])
    # then
    assert [run.job for run in first] == ["triage_model_train"] and again == []
    task = DBTaskResult.objects.get()
    assert task.task_path == "triage.tasks.triage_model_train_task"
    assert task.args_kwargs["kwargs"] == {"slot": "2026-11-24T02:30:00+04:00"}
    # when the worker runs it
    worker_run()
    # then
    assert list(TriageModel.objects.values_list("version", "n_train")) == [(1, 0)]
