"""The queue page costs the same number of queries whatever the number of rows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make


def fill(*, count: int, department, responsibles: list[User]) -> None:
    for n in range(count):
        complaint = complaint_make(department=department)
        complaint_take(complaint=complaint, actor=responsibles[n % len(responsibles)])


@pytest.mark.django_db
def test_queue_query_count_does_not_grow_with_rows(client_for, qms, department, other_department,
                                                    django_assert_num_queries):
    # given: several responsible people and departments to fill the filter choices
    responsibles = [UserFactory(role=User.Role.RESPONSIBLE, department=department) for _ in range(3)]
    browser = client_for(qms)
    fill(count=3, department=department, responsibles=responsibles)
    browser.get(reverse("web:queue"))  # rules and calendars are read once, then kept
    with CaptureQueriesContext(connection) as three_rows:
        small = browser.get(reverse("web:queue"))
    assert small.status_code == 200
    # when
    fill(count=27, department=department, responsibles=responsibles)
    # then
    with django_assert_num_queries(len(three_rows.captured_queries)):
        large = browser.get(reverse("web:queue"))
    assert large.content.decode().count('class="queue-row') == 30


@pytest.mark.django_db
def test_filtered_queue_query_count_does_not_grow_with_rows(client_for, qms, department, other_department,
                                                            django_assert_num_queries):
    # given
    responsibles = [UserFactory(role=User.Role.RESPONSIBLE, department=department)]
    query = {"department": department.pk, "responsible": responsibles[0].pk, "q": "ალფა", "open_only": "on"}
    browser = client_for(qms)
    fill(count=3, department=department, responsibles=responsibles)
    browser.get(reverse("web:queue"), query)  # rules and calendars are read once, then kept
    with CaptureQueriesContext(connection) as three_rows:
        browser.get(reverse("web:queue"), query)
    # when
    fill(count=27, department=department, responsibles=responsibles)
    # then
    with django_assert_num_queries(len(three_rows.captured_queries)):
        large = browser.get(reverse("web:queue"), query)
    assert large.content.decode().count('class="queue-row') == 30
