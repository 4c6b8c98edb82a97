from pathlib import Path
from unittest import mock

import pytest

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


def worker_run() -> None:
    from django.core.management import call_command

    # The worker drops connections that are not in autocommit; inside a test's transaction (PostgreSQL)
    # that would close the test's own connection, so the check is skipped here.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
