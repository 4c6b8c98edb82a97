"""The production layout: two worker processes share one PostgreSQL queue; every e-mail goes out once."""

import email
import email.policy
import os
import subprocess
import sys

import pytest
from django.db import connection

from notifications.models import Email
from notifications.services import email_queue

from .conftest import CONTEXT

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql",
                                reason="worker processes need a database server they can share")


def database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_two_worker_processes_send_each_e_mail_once(test_templates, smtp_server, settings):
    # given: 40 e-mails in the queue
    stored = [email_queue(key=f"two-workers:{n}", to=[f"customer{n}@example.com"], template=test_templates,
                          context=CONTEXT, language="ru") for n in range(40)]
    env = {**os.environ, "DATABASE_URL": database_url(), "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
           "EMAIL_HOST": settings.EMAIL_HOST, "EMAIL_PORT": str(settings.EMAIL_PORT), "EMAIL_USE_TLS": "false"}
    # when: two `complaintdesk worker --batch` processes start at once
    workers = [subprocess.Popen([sys.executable, "-m", "complaintdesk.cli", "worker", "--batch"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT) for _ in range(2)]
    outputs = [worker.communicate(timeout=120)[0].decode() for worker in workers]
    # then
    assert [worker.returncode for worker in workers] == [0, 0], outputs
    ids = [email.message_from_bytes(e.original_content, policy=email.policy.default)["Message-ID"]
           for e in smtp_server.envelopes]
    assert sorted(ids) == sorted(e.message_id for e in stored)  # each once, none missing
    assert set(Email.objects.values_list("status", flat=True)) == {Email.Status.SENT}
