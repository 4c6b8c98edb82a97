"""On Mondays at 09:00 quality management gets the company's summary and each head their department's, once a week."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.periodic import PERIODIC_JOBS
from complaintdesk.scheduler import periodic_jobs_enqueue
from complaintdesk.tests.worker import worker_run
from deadlines.summary_tasks import weekly_summary_send_task
from deadlines.tests.weekly_summary_week import NOW, at, week_made
from notifications.models import Email

WEEKLY = next(job for job in PERIODIC_JOBS if job.name == "weekly_summary")



def overdue_words(language: str, days: int) -> str:
    with translation.override(language):
        return translation.ngettext("%(n)d working day", "%(n)d working days", days) % {"n": days}


@pytest.fixture
def week(settings, department, other_department, responsible, qms, head):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.COMPLAINTDESK_BASE_URL = "https://complaints.example.com"
    qms.language, head.language = "ru", "ka"
    qms.save(), head.save()
    return week_made(support=department, sales=other_department, responsible=responsible, qms=qms)


@pytest.mark.django_db
def test_monday_morning_summaries_go_to_qms_and_heads_in_their_languages(week, qms, head, mailoutbox):
    # given: a head without an address, and people who get no summary
    UserFactory(role=User.Role.HEAD, department=week.sales, email="")
    UserFactory(role=User.Role.AGENT, department=week.sales)
    # when: the scheduler ticks at 09:00 and the worker runs what it queued, then sends the e-mails
    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        [run] = periodic_jobs_enqueue(jobs=[WEEKLY])
        worker_run()
        worker_run()
    # then
    assert run.slot == NOW
    assert sorted(m.to[0] for m in mailoutbox) == sorted([qms.email, head.email])
    to_qms = next(m for m in mailoutbox if m.to == [qms.email])
    to_head = next(m for m in mailoutbox if m.to == [head.email])
    assert to_qms.extra_headers["Content-Language"] == "ru" and to_head.extra_headers["Content-Language"] == "ka"
    qms_html, head_html = to_qms.alternatives[0][0], to_head.alternatives[0][0]
    # the company: both departments; the head: only support
    assert week.complaints["sold"].tracking_number in to_qms.body
    assert week.complaints["sold"].tracking_number not in to_head.body
    assert week.complaints["old"].tracking_number in to_head.body
    assert overdue_words("ru", 6) in to_qms.body and overdue_words("ru", 6) in qms_html
    assert overdue_words("ka", 6) in to_head.body and overdue_words("ka", 6) in head_html
    queue = f"https://complaints.example.com{reverse('web:queue')}"
    assert f'href="{queue}?department={week.support.pk}&amp;overdue=on"' in head_html
    assert f"{queue}?responsible={week.responsible.pk}&open_only=on" in to_qms.body
    assert f"https://complaints.example.com{reverse('web:weekly')}" in to_head.body
    assert "+995" in to_head.body  # every e-mail ends with the contact phone


@pytest.mark.django_db
def test_the_summary_goes_once_a_week(week, qms, head, mailoutbox):
    # given
    slot = NOW.isoformat()
    # when: the task runs twice for the same Monday (a retry), and the worker sends
    with time_machine.travel(NOW, tick=False):
        first = weekly_summary_send_task.call(slot=slot)
        second = weekly_summary_send_task.call(slot=slot)
        worker_run()
    # then
    assert (first, second) == ({"queued": 2}, {"queued": 0})
    assert len(mailoutbox) == 2
    assert set(Email.objects.values_list("key", flat=True)) == {f"weekly:{qms.pk}:2026-11-16",
                                                                f"weekly:{head.pk}:2026-11-16"}
    # and the next Monday has a summary of its own
    with time_machine.travel(at(23, 9), tick=False):
        assert weekly_summary_send_task.call(slot=at(23, 9).isoformat()) == {"queued": 2}


@pytest.mark.django_db
def test_times_in_the_e_mail_follow_the_recipients_time_zone(week, qms, mailoutbox):
    # given
    qms.time_zone = "Europe/Moscow"
    qms.save()
    # when
    with time_machine.travel(NOW, tick=False):
        weekly_summary_send_task.call(slot=NOW.isoformat())
    # then: "old" was due at 18:00 in Tbilisi, 17:00 in Moscow
    text = Email.objects.get(key=f"weekly:{qms.pk}:2026-11-16").text
    line = next(line for line in text.splitlines() if week.complaints["old"].tracking_number in line)
    assert "17:00" in line
