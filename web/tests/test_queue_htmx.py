"""With htmx the filter form swaps only the rows; without it the same URL gives the whole page."""

import pytest
from django.urls import reverse

from complaints.choices import Importance
from complaints.tests.factories import complaint_make
from web.tests.pages import queue_numbers


@pytest.mark.django_db
def test_htmx_request_gets_only_the_rows(client_for, qms, department):
    # given
    high = complaint_make(department=department, importance=Importance.HIGH)
    complaint_make(department=department, importance=Importance.LOW)
    # when
    response = client_for(qms).get(reverse("web:queue"), {"importance": "high"}, HTTP_HX_REQUEST="true")
    # then
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="queue-rows">')
    assert "<html" not in body and 'id="queue-filters"' not in body
    assert queue_numbers(response) == [high.tracking_number]
    assert response["Vary"].lower().count("hx-request") == 1


@pytest.mark.django_db
def test_history_restore_and_plain_requests_get_the_whole_page(client_for, qms):
    # given
    browser = client_for(qms)
    # when
    plain = browser.get(reverse("web:queue"))
    restore = browser.get(reverse("web:queue"), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    # then
    for response in (plain, restore):
        body = response.content.decode()
        assert "<html" in body
        assert 'id="queue-filters"' in body and 'hx-target="#queue-rows"' in body
        assert 'id="queue-rows"' in body
