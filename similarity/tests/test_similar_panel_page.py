"""The complaint page loads its similar complaints by htmx from the panel's address, through the access gate."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from complaints.tests.factories import complaint_make

from .factories import customer
from .texts import STORIES

STORY, REWORDED, _UNRELATED = STORIES["en"]
ITEM_RE = re.compile(r'<li class="similar-item" data-number="([^"]+)"')


def panel_url(complaint) -> str:
    return reverse("similarity:panel", kwargs={"number": complaint.tracking_number})


@pytest.mark.django_db
def test_complaint_page_loads_the_panel(client_for, qms, department):
    complaint = complaint_make(department=department, fields={"description": STORY, **customer(1)})
    page = client_for(qms).get(complaint.get_absolute_url()).content.decode()
    assert f'hx-get="{panel_url(complaint)}"' in page


@pytest.mark.django_db
def test_panel_lists_duplicates_then_similar(client_for, qms, department):
    # given
    similar = complaint_make(department=department, fields={"description": STORY, **customer(1)})
    duplicate = complaint_make(department=department, fields={"description": STORY, **customer(2)})
    current = complaint_make(department=department, fields={"description": REWORDED, **customer(2)})
    # when
    page = client_for(qms).get(panel_url(current), HTTP_HX_REQUEST="true").content.decode()
    # then
    duplicates, rest = page.split('id="similar-complaints"')
    assert ITEM_RE.findall(duplicates) == [duplicate.tracking_number]
    assert "Possible duplicates from the same customer" in duplicates
    assert ITEM_RE.findall(rest) == [similar.tracking_number]


@pytest.mark.django_db
def test_panel_of_a_complaint_the_user_may_not_see_is_not_found(client_for, agent, department):
    complaint = complaint_make(department=department, registered_by=None, fields={"description": STORY})
    assert client_for(agent).get(panel_url(complaint)).status_code == 404


@pytest.mark.django_db
def test_panel_of_a_complaint_like_no_other(client_for, qms, department):
    complaint = complaint_make(department=department, fields={"description": STORY})
    assert 'id="similar-none"' in client_for(qms).get(panel_url(complaint)).content.decode()


@pytest.mark.django_db
def test_panel_queries_do_not_grow_with_the_complaints_listed(client_for, qms, department):
    # given: two complaints like the current one, then ten
    browser = client_for(qms)
    current = complaint_make(department=department, fields={"description": REWORDED, **customer(0)})
    for n in range(1, 3):
        complaint_make(department=department, fields={"description": STORY, **customer(n)})
    with CaptureQueriesContext(connection) as few:
        assert len(ITEM_RE.findall(browser.get(panel_url(current)).content.decode())) == 2
    for n in range(3, 11):
        complaint_make(department=department, fields={"description": STORY, **customer(n)})
    # when
    with CaptureQueriesContext(connection) as many:
        page = browser.get(panel_url(current)).content.decode()
    # then
    assert len(ITEM_RE.findall(page)) == 8
    assert len(many.captured_queries) == len(few.captured_queries)
