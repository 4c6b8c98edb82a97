import socket
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

TEST_TEMPLATES = Path(__file__).parent / "templates"
CONTEXT = {"number": "CD-2026-000001", "name": "O'Brien <Ltd>", "token": "abc123"}


@pytest.fixture
def test_templates(settings):
    """Adds the test-only templates (notifications_test/hello…) to the template loader."""
    engine = dict(settings.TEMPLATES[0])
    engine["DIRS"] = [*engine["DIRS"], TEST_TEMPLATES]
    settings.TEMPLATES = [engine]
    settings.COMPLAINTDESK_BASE_URL = "https://complaints.example.com/"
    settings.COMPLAINTDESK_CONTACT_PHONE = "+995 32 111 22 33"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return "notifications_test/hello"


class Inbox:
    def __init__(self) -> None:
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 — aiosmtpd's hook name
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 10
    yield inbox
    controller.stop()
