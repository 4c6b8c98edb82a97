"""Two workers escalating at the same moment mark each breach once and mail each person once.

Concurrent on PostgreSQL (threads with their own connections); one after the other on SQLite,
whose writers are serialised anyway.
"""

import threading
from collections import Counter

import pytest
import time_machine
from django.db import connection

from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from deadlines.services import deadline_breaches_mark, deadline_reminders_send

from .deadline_watch import at, complaint_registered, worker_run

WORKERS = 2


def at_once(job, *, moment) -> list[Exception]:
    errors: list[Exception] = []
    concurrent = connection.vendor == "postgresql"
    barrier = threading.Barrier(WORKERS if concurrent else 1)

    def worker() -> None:
        try:
            barrier.wait(timeout=10)
            job(now=moment)
        except Exception as exc:  # noqa: BLE001 — reported by the test
            errors.append(exc)
        finally:
            if concurrent:
                connection.close()

    with time_machine.travel(moment, tick=False):
        if concurrent:
            threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        else:
            for _ in range(WORKERS):
                worker()
        worker_run()
    return errors


@pytest.fixture
def breached(department, agent, head, qms):
    return [complaint_registered(department=department, registered_by=agent) for _ in range(5)]


@pytest.mark.django_db(transaction=True)
def test_two_workers_mark_each_breach_once(breached, head, qms, mailoutbox):
    # when
    errors = at_once(deadline_breaches_mark, moment=at(26, 18, 30))
    # then
    assert errors == []
    ids = [c.pk for c in breached]
    assert Interaction.objects.filter(complaint_id__in=ids, kind=Interaction.Kind.OVERDUE).count() == 5
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_OVERDUE).count() == 5
    per_person = Counter(message.to[0] for message in mailoutbox)
    assert per_person == {head.email: 5, qms.email: 5}
    assert len({message.subject for message in mailoutbox if message.to[0] == head.email}) == 5


@pytest.mark.django_db(transaction=True)
def test_two_workers_remind_once(department, agent, responsible, mailoutbox):
    # given
    complaints = [complaint_registered(department=department, registered_by=agent) for _ in range(5)]
    # when
    errors = at_once(deadline_reminders_send, moment=at(26, 9, 30))
    # then
    assert errors == []
    ids = [c.pk for c in complaints]
    assert Interaction.objects.filter(complaint_id__in=ids, kind=Interaction.Kind.REMINDER).count() == 5
    assert Counter(message.to[0] for message in mailoutbox) == {responsible.email: 5}
