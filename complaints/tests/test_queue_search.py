"""Text search pages through every match exactly once, in deadline order, whichever way it is read."""

import pytest

from complaints import selectors
from complaints.selectors import QueueFilters, complaint_list_for_queue
from complaints.tests.factories import complaint_make


def all_pages(user, filters, page_size):
    seen, cursor = [], ""
    while True:
        page = complaint_list_for_queue(user=user, filters=filters, cursor=cursor, page_size=page_size)
        seen += [c.tracking_number for c in page.complaints]
        if not page.next_cursor:
            return seen
        cursor = page.next_cursor


@pytest.mark.django_db
@pytest.mark.parametrize("candidates_max", [5000, 3], ids=["few-matches-paged-in-memory", "many-matches-walked"])
def test_search_pages(candidates_max, monkeypatch, department, qms):
    # given
    monkeypatch.setattr(selectors, "SEARCH_CANDIDATES_MAX", candidates_max)
    wanted = [complaint_make(department=department, fields={"description": f"Принтер сломался #{n}"}) for n in range(7)]
    complaint_make(department=department, fields={"description": "Счёт выставлен неверно"})
    # when
    seen = all_pages(qms, QueueFilters(search="ПРИНТЕР"), page_size=3)
    # then
    expected = [c.tracking_number for c in sorted(wanted, key=lambda c: (c.due_at, c.pk))]
    assert seen == expected


@pytest.mark.django_db
def test_a_tracking_number_finds_its_complaint(department, qms):
    complaint = complaint_make(department=department)
    complaint_make(department=department)
    page = complaint_list_for_queue(user=qms, filters=QueueFilters(search=complaint.tracking_number.lower()))
    assert [c.pk for c in page.complaints] == [complaint.pk]
