"""The complaint page costs the same number of queries however long its timeline is."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.services import complaint_note_add, complaint_take
from resolution.services import proposal_create


@pytest.mark.django_db
def test_complaint_page_query_count_does_not_grow_with_the_timeline(client_for, qms, department, complaint,
                                                                     django_assert_num_queries):
    # given: registered and taken (2 entries), with a proposal on the page
    complaint_take(complaint=complaint, actor=qms)
    browser = client_for(qms)
    browser.get(complaint.get_absolute_url())  # rules and calendars are read once, then kept
    with CaptureQueriesContext(connection) as two_entries:
        small = browser.get(complaint.get_absolute_url())
    assert small.content.decode().count('class="timeline-entry') == 2
    # when: ten more entries by ten different people, and a proposal
    for n in range(9):
        author = UserFactory(role=User.Role.RESPONSIBLE, department=department)
        complaint_note_add(complaint=complaint, actor=author, body=f"Note {n}", is_call=n % 2 == 0)
    proposal_create(complaint=complaint, actor=qms, text="Redo the update", alternatives=["Refund", "Discount"])
    # then
    with django_assert_num_queries(len(two_entries.captured_queries)):
        large = browser.get(complaint.get_absolute_url())
    assert large.content.decode().count('class="timeline-entry') == 12
