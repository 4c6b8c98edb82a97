"""Keyset pagination: following "Next page" shows every complaint exactly once, in deadline order."""

import html
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from complaints.choices import Importance
from complaints.tests.factories import complaint_make
from web.tests.pages import queue_numbers

NEXT_RE = re.compile(r'id="queue-next"[^>]*href="([^"]+)"')


@pytest.mark.django_db
def test_next_page_gives_every_row_once(client_for, qms, department, monkeypatch):
    # given: seven complaints, four of them registered in the same instant (same deadline)
    monkeypatch.setattr("web.views.queue.PAGE_SIZE", 3)
    with time_machine.travel(timezone.now(), tick=False):
        same_deadline = [complaint_make(department=department, importance=Importance.HIGH) for _ in range(4)]
    later = [complaint_make(department=department, importance=Importance.HIGH) for _ in range(3)]
    complaint_make(department=department, importance=Importance.LOW)  # filtered out on every page
    browser = client_for(qms)
    # when
    seen, pages = [], 0
    url = reverse("web:queue") + "?importance=high&open_only=on"
    while url:
        response = browser.get(url)
        seen += queue_numbers(response)
        pages += 1
        found = NEXT_RE.search(response.content.decode())
        url = reverse("web:queue") + html.unescape(found.group(1)) if found else None
    # then
    assert pages == 3
    assert seen == [c.tracking_number for c in same_deadline + later]


@pytest.mark.django_db
def test_next_page_link_keeps_the_filters(client_for, qms, department, monkeypatch):
    # given
    monkeypatch.setattr("web.views.queue.PAGE_SIZE", 1)
    for _ in range(2):
        complaint_make(department=department, importance=Importance.HIGH)
    # when
    response = client_for(qms).get(reverse("web:queue"), {"importance": "high", "q": "ალფა"})
    # then
    link = html.unescape(NEXT_RE.search(response.content.decode()).group(1))
    assert "importance=high" in link
    assert "cursor=" in link
    assert "q=" in link
