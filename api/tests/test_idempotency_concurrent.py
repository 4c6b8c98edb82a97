import threading

import pytest
from django.db import connection

from api.models import IdempotencyKey
from api.services import api_token_create
from complaints.models import Complaint

from .conftest import ApiClient
from .test_complaint_create_idempotent import PAYLOAD

SENDERS = 4


@pytest.mark.django_db(transaction=True)
def test_identical_requests_racing_register_one_complaint(agent, department):
    """A client retrying at once (timeouts, double clicks): one complaint, every answer names it."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises every write transaction already; the race matters on PostgreSQL")
    # given
    _token, key = api_token_create(name="CRM", user=agent)
    start = threading.Barrier(SENDERS)
    answers: list[tuple[int, str]] = []

    def send() -> None:
        from django.db import connection as thread_connection

        start.wait()
        try:
            response = ApiClient(key).post("/complaints", PAYLOAD, headers={"Idempotency-Key": "retry-1"})
            answers.append((response.status_code, response.json().get("number", "")))
        finally:
            thread_connection.close()

    senders = [threading.Thread(target=send) for _ in range(SENDERS)]
    # when
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join()
    # then
    assert Complaint.objects.count() == 1
    number = Complaint.objects.get().tracking_number
    assert sorted(answers) == [(200, number)] * (SENDERS - 1) + [(201, number)]
    assert IdempotencyKey.objects.get().complaint.tracking_number == number
