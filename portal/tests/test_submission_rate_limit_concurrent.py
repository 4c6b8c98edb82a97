import threading

from django.db import connection

import pytest

from portal.models import SubmissionAttempt
from portal.services import SubmissionRateLimited, submission_attempt_record

SENDERS = 8


@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_from_one_address_respect_the_limit(settings):
    """Web processes submitting at the same instant agree on the count: exactly the allowance gets through."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises every write transaction already; the lock matters on PostgreSQL")
    # given
    settings.COMPLAINTDESK_PORTAL_RATE_PER_HOUR = 3
    start = threading.Barrier(SENDERS)
    outcomes: list[str] = []

    def send() -> None:
        from django.db import connection as thread_connection

        start.wait()
        try:
            submission_attempt_record(address="198.51.100.7")
            outcomes.append("allowed")
        except SubmissionRateLimited:
            outcomes.append("refused")
        finally:
            thread_connection.close()

    senders = [threading.Thread(target=send) for _ in range(SENDERS)]
    # when
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    # then
    assert sorted(outcomes) == ["allowed"] * 3 + ["refused"] * (SENDERS - 3)
    assert SubmissionAttempt.objects.count() == 3
