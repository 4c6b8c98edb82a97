"""Registration the way every channel does it, with no department asked for unless given."""

from collections.abc import Callable
from unittest import mock

import pytest
from django.core.management import call_command

from complaints.choices import Channel
from complaints.models import Complaint
from complaints.tests.factories import complaint_fields
from intake.services import complaint_register


@pytest.fixture
def register(db, department) -> Callable[..., Complaint]:
    """Register a complaint through ``complaint_register``; the support department receives unrouted ones."""

    def make(*, language: str = "ru", channel: str = Channel.WEB, **kwargs) -> Complaint:
        return complaint_register(channel=channel, fields=complaint_fields(), registered_by=kwargs.pop("by", None),
                                  language=language, **kwargs)

    return make


def worker_run() -> None:
    """Run the queued tasks (the e-mails) once, as ``complaintdesk worker --batch`` does."""
    # The worker drops connections that are not in autocommit; inside a test's transaction (PostgreSQL)
    # that would close the test's own connection, so the check is skipped here.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", batch=True, reload=False, startup_delay=False, verbosity=0)
