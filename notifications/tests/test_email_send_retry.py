"""A retried send never mails twice; a failed send is recorded and tried again later."""

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from complaintdesk.benchmarks.local_servers import free_port
from complaintdesk.tests.worker import worker_run
from complaints.models import Interaction
from notifications.models import Email
from notifications.services import MAX_ATTEMPTS, email_queue, email_send
from notifications.tasks import email_send_task

from .conftest import CONTEXT


def test_a_retried_send_of_a_sent_e_mail_sends_nothing(db, test_templates, mailoutbox, complaint):
    # given
    email = email_queue(key="hello:retry", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                        language="en", complaint=complaint)
    worker_run()
    assert len(mailoutbox) == 1
    # when: the same send runs again, directly and as a task (a retry after a lost result)
    email_send(email_id=email.pk)
    email_send_task.enqueue(email_id=email.pk)
    worker_run()
    # then
    assert len(mailoutbox) == 1
    email.refresh_from_db()
    assert email.attempts == 1
    sent = Interaction.objects.filter(complaint=complaint, kind=Interaction.Kind.EMAIL_SENT).get()
    assert sent.body == "Complaint CD-2026-000001"
    assert sent.data["to"] == ["nino@example.com"]


def test_a_refused_connection_is_recorded_and_retried_later(db, test_templates, settings):
    # given: an SMTP server address where nothing listens
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 5
    email = email_queue(key="hello:down", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                        language="en")
    # when
    with pytest.raises(OSError):
        email_send(email_id=email.pk)
    # then
    email.refresh_from_db()
    assert email.status == Email.Status.QUEUED and email.attempts == 1
    assert "ConnectionRefusedError" in email.last_error
    retry = DBTaskResult.objects.order_by("enqueued_at").last()
    assert retry.args_kwargs["kwargs"] == {"email_id": email.pk}
    assert retry.run_after > timezone.now()


def test_the_last_attempt_marks_the_e_mail_failed(db, test_templates, settings):
    # given
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 5
    email = email_queue(key="hello:gone", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                        language="en")
    Email.objects.filter(pk=email.pk).update(attempts=MAX_ATTEMPTS - 1)
    tasks_before = DBTaskResult.objects.count()
    # when
    with pytest.raises(OSError):
        email_send(email_id=email.pk)
    # then
    email.refresh_from_db()
    assert email.status == Email.Status.FAILED and email.attempts == MAX_ATTEMPTS
    assert DBTaskResult.objects.count() == tasks_before
