"""A real IMAP server on loopback for tests (pymap's in-memory backend, one user, an empty INBOX)."""

from email import policy
from email.message import EmailMessage

import pytest

from complaintdesk.benchmarks.local_servers import PASSWORD, USER, pymap_server
from intake.models import Mailbox

__all__ = ["PASSWORD", "USER", "eml", "imap_server", "mailbox"]


@pytest.fixture
def imap_server():
    with pymap_server() as server:
        yield server


@pytest.fixture
def mailbox(imap_server, department):
    return Mailbox.objects.create(name="Complaints", host=imap_server.host, port=imap_server.port, username=USER,
                                  password=PASSWORD, use_ssl=False, department=department)


def eml(*, subject: str, body: str, sender: str = "Nino Beridze <nino@example.com>",
        message_id: str = "<m1@example.com>", headers: dict[str, str] | None = None) -> bytes:
    """A plain-text message as a mail client would send it."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"], message["To"], message["Subject"] = sender, USER, subject
    message["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()
