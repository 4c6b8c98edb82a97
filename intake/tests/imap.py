"""A real IMAP server on loopback for tests: pymap's in-memory backend, one user, an empty INBOX."""

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted

from intake.models import Mailbox

USER, PASSWORD = "complaints@example.com", "secret-imap-password"


@dataclass
class ImapServer:
    host: str
    port: int

    def deliver(self, raw: bytes) -> None:
        with MailBoxUnencrypted(self.host, self.port).login(USER, PASSWORD) as client:
            client.append(raw, "INBOX", flag_set=[])

    def unseen_count(self) -> int:
        with MailBoxUnencrypted(self.host, self.port).login(USER, PASSWORD) as client:
            return len(client.uids("UNSEEN"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def imap_server():
    port = free_port()
    pymap = Path(sys.executable).with_name("pymap")
    process = subprocess.Popen(
        [str(pymap), "--no-tls", "--host", "127.0.0.1", "--port", str(port), "dict",
         "--demo-user", USER, "--demo-password", PASSWORD],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("pymap did not start") from None
            time.sleep(0.05)
    yield ImapServer("127.0.0.1", port)
    process.terminate()
    process.wait(timeout=10)


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
