from pathlib import Path

import pytest

from complaintdesk.tests.smtp import smtp_server  # noqa: F401 — a fixture for this package's tests

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
