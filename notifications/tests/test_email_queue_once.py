"""The same key queued twice is one e-mail, sent once."""

from django.db import transaction
from django_tasks_db.models import DBTaskResult

from complaintdesk.tests.worker import worker_run
from notifications.models import Email
from notifications.services import email_queue

from .conftest import CONTEXT


def test_queueing_twice_with_one_key_sends_once(db, test_templates, mailoutbox):
    # given
    with transaction.atomic():
        first = email_queue(key="hello:1", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                            language="en")
    # when
    with transaction.atomic():
        second = email_queue(key="hello:1", to=["nino@example.com", "other@example.com"],
                             template=test_templates, context=CONTEXT, language="ru")
    worker_run()
    worker_run()
    # then
    assert second.pk == first.pk
    assert Email.objects.count() == 1
    assert DBTaskResult.objects.count() == 1
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["nino@example.com"]
    first.refresh_from_db()
    assert first.status == Email.Status.SENT and first.attempts == 1 and first.sent_at is not None


def test_the_task_commits_with_the_e_mail_or_not_at_all(db, test_templates, mailoutbox):
    # given
    class Undone(Exception):
        pass

    # when
    try:
        with transaction.atomic():
            email_queue(key="hello:2", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                        language="en")
            raise Undone
    except Undone:
        pass
    worker_run()
    # then
    assert not Email.objects.exists()
    assert not DBTaskResult.objects.exists()
    assert mailoutbox == []


def test_a_message_is_rendered_with_absolute_links_and_ends_with_the_contact_phone(db, test_templates):
    # when
    email = email_queue(key="hello:3", to=[" nino@example.com ", "nino@example.com"], template=test_templates,
                        context=CONTEXT, language="en")
    # then
    assert email.to == ["nino@example.com"]
    assert email.subject == "Complaint CD-2026-000001"
    assert "O'Brien <Ltd>" in email.text  # plain text is not HTML-escaped
    assert "https://complaints.example.com/t/abc123/" in email.text
    assert email.text.rstrip().endswith("Contact phone: +995 32 111 22 33")
    assert "O&#x27;Brien &lt;Ltd&gt;" in email.html
    assert 'href="https://complaints.example.com/t/abc123/"' in email.html
    assert email.html.index("Contact phone: +995 32 111 22 33") > email.html.index("O&#x27;Brien")
    assert email.message_id.startswith("<") and email.message_id.endswith("@complaintdesk.local>")
