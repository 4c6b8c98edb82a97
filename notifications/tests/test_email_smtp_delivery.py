"""End to end: an e-mail goes out through a real SMTP server and arrives whole."""

import email
import email.policy

import pytest

from complaintdesk.tests.worker import worker_run
from notifications.models import Email
from notifications.services import email_queue

from .conftest import CONTEXT


def test_a_georgian_e_mail_arrives_with_text_html_and_its_message_id(db, test_templates, smtp_server):
    # given
    stored = email_queue(key="hello:smtp", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                         language="ka")
    # when
    worker_run()
    # then
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["nino@example.com"]
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert message["Subject"] == "საჩივარი CD-2026-000001"
    assert message["Message-ID"] == stored.message_id
    assert message["Content-Language"] == "ka"
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    assert text.startswith("საჩივარი CD-2026-000001: O'Brien <Ltd>")
    assert "https://complaints.example.com/t/abc123/" in text and "+995 32 111 22 33" in text
    assert "<strong>CD-2026-000001</strong>" in html and "+995 32 111 22 33" in html
    stored.refresh_from_db()
    assert stored.status == Email.Status.SENT
