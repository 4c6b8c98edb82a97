"""The periodic job sends each survey once, when it is due, to customers with an e-mail address."""

import pytest
import time_machine
from django.core import mail
from django.db import IntegrityError

from audit.models import AuditAction, AuditRecord
from complaintdesk.tests.worker import worker_run
from complaints.models import Interaction
from followup.models import Survey
from followup.services import survey_send, surveys_send
from followup.tasks import survey_send_task
from followup.tests.conftest import closed_at, local
from notifications.models import Email


@pytest.mark.django_db
def test_nothing_is_sent_before_the_delay(closed_complaint):
    # when: 23 h 45 min after closing
    sent = surveys_send(now=local(2026, 11, 24, 9, 45))
    # then
    assert sent == 0 and not Survey.objects.exists() and not Email.objects.filter(key__startswith="survey:").exists()


@pytest.mark.django_db
def test_the_survey_goes_out_once_when_the_job_runs_twice_on_two_workers(closed_complaint, settings):
    """Two queued runs of the job (a retry, a second scheduler) and two workers: one survey, one e-mail."""
    # given
    settings.COMPLAINTDESK_CONTACT_PHONE = "+995 32 111 22 33"
    with time_machine.travel(local(2026, 11, 24, 10, 0), tick=False):
        survey_send_task.enqueue(slot="2026-11-24T10:00:00+04:00")
        survey_send_task.enqueue(slot="2026-11-24T10:00:00+04:00")
        # when
        worker_run()
        worker_run()
    # then
    survey = Survey.objects.get(complaint=closed_complaint)
    assert survey.sent_at == local(2026, 11, 24, 10, 0) and survey.expires_at == local(2026, 12, 24, 10, 0)
    assert survey.answered_at is None
    email = Email.objects.get(key=f"survey:{closed_complaint.pk}")
    assert email.to == ["nino@example.com"] and email.status == Email.Status.SENT
    assert len(mail.outbox) == 1
    assert "/survey/" in mail.outbox[0].body and "+995 32 111 22 33" in mail.outbox[0].body
    assert closed_complaint.interactions.filter(kind=Interaction.Kind.SURVEY_SENT).count() == 1
    assert AuditRecord.objects.filter(action=AuditAction.SURVEY_SENT, target_id=str(closed_complaint.pk)).count() == 1


@pytest.mark.django_db
def test_a_retried_send_of_the_same_complaint_does_nothing(closed_complaint):
    # given
    now = local(2026, 11, 24, 10, 0)
    first = survey_send(complaint=closed_complaint, now=now)
    # when
    second = survey_send(complaint=closed_complaint, now=now)
    # then
    assert first is not None and second is None
    assert Survey.objects.count() == 1 and Email.objects.filter(key__startswith="survey:").count() == 1


@pytest.mark.django_db
def test_the_database_refuses_a_second_survey_for_a_complaint(closed_complaint):
    # given
    survey_send(complaint=closed_complaint, now=local(2026, 11, 24, 10, 0))
    # when / then
    with pytest.raises(IntegrityError):
        Survey.objects.create(complaint=closed_complaint, token_hash="x" * 64, language="en",
                              sent_at=local(2026, 11, 24, 10, 0), expires_at=local(2026, 12, 24, 10, 0))


@pytest.mark.django_db
def test_a_complaint_closed_on_friday_evening_waits_for_the_48_hour_mark(department, responsible):
    # given
    complaint = closed_at(local(2026, 11, 27, 17, 0), department=department, driver=responsible)
    # when
    early = surveys_send(now=local(2026, 11, 28, 17, 0))
    due = surveys_send(now=local(2026, 11, 29, 17, 0))
    # then
    assert (early, due) == (0, 1)
    assert Survey.objects.get(complaint=complaint).sent_at == local(2026, 11, 29, 17, 0)


@pytest.mark.django_db
def test_no_survey_without_a_customer_e_mail(department, responsible):
    # given
    complaint = closed_at(local(2026, 11, 23, 10, 0), department=department, driver=responsible)
    type(complaint).objects.filter(pk=complaint.pk).update(contact_email="")
    # when
    sent = surveys_send(now=local(2026, 11, 24, 10, 0))
    # then
    assert sent == 0 and not Survey.objects.exists()


@pytest.mark.django_db
def test_the_delay_setting_is_read_when_the_job_runs(closed_complaint, settings):
    # given
    settings.COMPLAINTDESK_SURVEY_DELAY_HOURS = 30
    # when
    at_24 = surveys_send(now=local(2026, 11, 24, 10, 0))
    at_30 = surveys_send(now=local(2026, 11, 24, 16, 0))
    # then
    assert (at_24, at_30) == (0, 1)
