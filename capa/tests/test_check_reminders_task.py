"""The daily job queues the due reminders and the worker sends them."""

from datetime import datetime, time

import pytest
import time_machine
from django.utils import timezone

from capa.models import CorrectiveAction
from capa.services import corrective_action_update_status
from capa.tasks import capa_check_reminders_send_task
from capa.tests.factories import corrective_action_make
from complaintdesk.periodic import PERIODIC_JOBS
from complaintdesk.tests.worker import worker_run
from notifications.models import Email


def test_the_job_is_scheduled_every_morning():
    # when
    job = next(job for job in PERIODIC_JOBS if job.name == "capa_check_reminders")
    # then
    assert (job.cron, job.task) == ("0 8 * * *", "capa.tasks.capa_check_reminders_send_task")


@pytest.mark.django_db
def test_the_task_sends_the_reminder_on_the_check_date(qms, responsible, complaint, mailoutbox):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_update_status(action=action, actor=qms, status=CorrectiveAction.Status.DONE)
    morning = timezone.make_aware(datetime.combine(action.check_on, time(8, 0)))
    # when
    with time_machine.travel(morning, tick=False):
        capa_check_reminders_send_task.enqueue(slot=morning.isoformat())
        worker_run()
    # then
    assert Email.objects.get().status == "sent"
    assert [message.to for message in mailoutbox] == [[responsible.email]]
