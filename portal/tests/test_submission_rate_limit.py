from datetime import UTC, datetime, timedelta

from django.urls import reverse

import pytest
import time_machine

from complaints.models import Complaint
from portal.models import SubmissionAttempt
from portal.services import submission_attempts_expire
from portal.tests.factories import portal_form_data

ADDRESS = "198.51.100.7"
OTHER_ADDRESS = "203.0.113.9"


def submit(client, address: str):
    return client.post(reverse("portal:submit"), portal_form_data(), REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en")


@pytest.mark.django_db
def test_one_address_gets_a_limited_number_of_submissions_per_hour(client, department, settings):
    """Past the hourly allowance an address gets 429 and the phone; others pass; an hour later it passes again."""
    # given
    settings.COMPLAINTDESK_PORTAL_RATE_PER_HOUR = 3
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False) as traveller:
        allowed = [submit(client, ADDRESS).status_code for _ in range(3)]
        traveller.shift(timedelta(minutes=59))
        # when
        refused = submit(client, ADDRESS)
        other = submit(client, OTHER_ADDRESS)
        traveller.shift(timedelta(minutes=1, seconds=1))
        later = submit(client, ADDRESS)
    # then
    assert allowed == [302, 302, 302]
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    page = refused.content.decode()
    assert "We have received too many complaints from your network in the last hour." in page
    assert "+995 32 200 00 00" in page
    assert "განახლების შემდეგ ანგარიშები აღარ იხსნება." in page  # the customer's text is not lost
    assert other.status_code == 302
    assert later.status_code == 302
    assert Complaint.objects.count() == 5


@pytest.mark.django_db
def test_the_limit_keeps_a_salted_hash_not_the_address(client, department):
    """The database never holds the customer's network address."""
    # given
    address = ADDRESS
    # when
    submit(client, address)
    # then
    (stored,) = SubmissionAttempt.objects.values_list("address_hash", flat=True)
    assert address not in stored
    assert len(stored) == 64 and int(stored, 16)


@pytest.mark.django_db
def test_one_ipv6_network_counts_as_one_address(client, department, settings):
    """Hosts of one /64 network share the allowance, so rotating the host part does not get around it."""
    # given
    settings.COMPLAINTDESK_PORTAL_RATE_PER_HOUR = 1
    submit(client, "2001:db8:1:2::10")
    # when
    response = submit(client, "2001:db8:1:2::99")
    # then
    assert response.status_code == 429
    assert Complaint.objects.count() == 1


@pytest.mark.django_db
def test_counts_past_the_window_are_deleted_by_the_hourly_job(client, department):
    # given
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False):
        submit(client, ADDRESS)
    with time_machine.travel(datetime(2026, 11, 20, 9, 30, tzinfo=UTC), tick=False):
        submit(client, OTHER_ADDRESS)
    # when
    with time_machine.travel(datetime(2026, 11, 20, 10, 7, tzinfo=UTC), tick=False):
        deleted = submission_attempts_expire()
    # then
    assert deleted == 1 and SubmissionAttempt.objects.count() == 1
