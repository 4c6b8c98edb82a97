"""Run the queued background work inside a test, as ``complaintdesk worker --batch`` does."""

from unittest import mock

from django.core.management import call_command


def worker_run() -> None:
    # The worker drops connections that are not in autocommit; inside a test's transaction (PostgreSQL)
    # that would close the test's own connection, so that check is skipped here.
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("worker", batch=True)
