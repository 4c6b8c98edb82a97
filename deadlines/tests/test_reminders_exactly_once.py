"""The five-minute job reminds and escalates once, whether it is retried or run by two workers."""

import pytest
import time_machine
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from complaints.models import Interaction
from complaints.services import complaint_take
from deadlines.tasks import deadline_reminders_send_task

from .deadline_watch import at, complaint_registered, worker_run

TASK_PATH = "deadlines.tasks.deadline_reminders_send_task"


@pytest.fixture
def owned(department, agent, responsible, head, qms):
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def mail_by_recipient(mailoutbox) -> dict[str, int]:
    counts: dict[str, int] = {}
    for message in mailoutbox:
        counts[message.to[0]] = counts.get(message.to[0], 0) + 1
    return counts


@pytest.mark.parametrize(("moment", "kind"), [(at(26, 9, 30), Interaction.Kind.REMINDER),
                                              (at(26, 16, 30), Interaction.Kind.REMINDER),
                                              (at(26, 18, 30), Interaction.Kind.OVERDUE)])
def test_the_same_slot_enqueued_twice_and_run_by_two_workers_mails_once(owned, responsible, head, qms,
                                                                        mailoutbox, moment, kind):
    # given: one slot's task in the queue twice (a retried enqueue)
    with time_machine.travel(moment, tick=False):
        slot = moment.replace(minute=moment.minute // 5 * 5).isoformat()
        deadline_reminders_send_task.enqueue(slot=slot)
        deadline_reminders_send_task.enqueue(slot=slot)
        # when: two workers, one after the other, each until the queue is empty
        worker_run()
        worker_run()
    # then
    expected = {responsible.email: 1} if kind == Interaction.Kind.REMINDER else {head.email: 1, qms.email: 1}
    assert mail_by_recipient(mailoutbox) == expected
    assert Interaction.objects.filter(complaint=owned, kind=kind).count() == 1
    runs = DBTaskResult.objects.filter(task_path=TASK_PATH)
    assert [run.status for run in runs] == [TaskResultStatus.SUCCESSFUL] * 2


def test_a_task_run_again_after_a_crash_mails_nothing_new(owned, responsible, head, qms, mailoutbox):
    # given: the task ran, then its worker died before the result was stored
    moment = at(26, 18, 30)
    with time_machine.travel(moment, tick=False):
        deadline_reminders_send_task.enqueue(slot=at(26, 18, 30).isoformat())
        worker_run()
        run = DBTaskResult.objects.get(task_path=TASK_PATH)
        DBTaskResult.objects.filter(pk=run.pk).update(status=TaskResultStatus.READY, finished_at=None,
                                                      return_value=None)
        # when: the same row is picked up again
        worker_run()
    # then
    assert mail_by_recipient(mailoutbox) == {head.email: 1, qms.email: 1}
    assert Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.OVERDUE).count() == 1
    run.refresh_from_db()
    assert run.status == TaskResultStatus.SUCCESSFUL
    assert run.return_value == {"reminded": 0, "marked_overdue": 0}


def test_a_crash_between_the_mark_and_the_mail_still_mails_once(owned, responsible, mailoutbox):
    # given: the reminder was written and its e-mail queued, then the process died before sending
    moment = at(26, 9, 30)
    with time_machine.travel(moment, tick=False):
        deadline_reminders_send_task.call(slot=moment.isoformat())
        assert mailoutbox == []
        # when: the job runs again, and a worker comes up
        deadline_reminders_send_task.call(slot=moment.isoformat())
        worker_run()
    # then
    assert mail_by_recipient(mailoutbox) == {responsible.email: 1}
