"""The weekly summary counts last week's complaints and today's open, overdue and due ones, in the company's week."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from deadlines.summary import weekly_deadline_summary, week_of
from deadlines.tests.weekly_summary_week import NOW, more_complaints, week_made


@pytest.fixture
def week(department, other_department, responsible, qms):
    return week_made(support=department, sales=other_department, responsible=responsible, qms=qms)


def numbers(lines) -> list[str]:
    return [line.complaint.tracking_number for line in lines]


def test_week_runs_monday_to_sunday_in_the_company_time_zone():
    week = week_of(moment=NOW, time_zone="Asia/Tbilisi")
    assert (week.start, week.end, week.previous.start) == (date(2026, 11, 16), date(2026, 11, 22), date(2026, 11, 9))
    assert week_of(moment=NOW, time_zone="America/New_York").start == date(2026, 11, 16)
    # Monday 02:00 in Tbilisi is still Sunday in UTC
    assert week_of(moment=NOW.replace(hour=2), time_zone="UTC").start == date(2026, 11, 9)


@pytest.mark.django_db
def test_company_figures(week):
    # when
    with translation.override("en"):
        summary = weekly_deadline_summary(week=week_of(moment=NOW, time_zone="Asia/Tbilisi"), now=NOW)
    # then
    c = week.complaints
    assert summary.received == 4
    assert [(s.code, s.count) for s in summary.received_by_kind] == [("complaint", 3), ("inquiry", 1)]
    assert [(s.code, s.count) for s in summary.received_by_channel] == [
        ("phone", 1), ("email", 1), ("web", 1), ("messenger", 1)]
    assert (summary.open_now, summary.overdue_now, summary.due_this_week_count) == (5, 2, 2)
    assert numbers(summary.overdue) == [c["old"].tracking_number, c["early"].tracking_number]
    assert [line.time_left for line in summary.overdue] == ["overdue by 6 working days", "overdue by 1 working day"]
    assert summary.overdue[0].complaint.assignee == week.responsible and summary.overdue[1].complaint.assignee is None
    assert numbers(summary.due_this_week) == [c["sold"].tracking_number, c["monday"].tracking_number]
    assert [line.time_left for line in summary.due_this_week] == ["2 working days left", "4 working days left"]
    loads = {row.department.code: row.load for row in summary.by_department}
    assert (loads["support"].received, loads["support"].open, loads["support"].overdue,
            loads["support"].due_this_week) == (2, 4, 2, 1)
    assert (loads["sales"].received, loads["sales"].open, loads["sales"].overdue,
            loads["sales"].due_this_week) == (2, 1, 0, 1)
    people = {row.person.username if row.person else None: row.load for row in summary.by_responsible}
    assert (people["responsible"].open, people["responsible"].overdue, people["responsible"].due_this_week) == (2, 1, 1)
    assert (people["seller"].open, people["seller"].overdue, people["seller"].due_this_week) == (1, 0, 1)
    assert (people[None].open, people[None].overdue, people[None].due_this_week) == (2, 1, 0)
    # the most overdue first; complaints nobody owns yet before a person with as many
    assert list(people) == [None, "responsible", "seller"]


@pytest.mark.django_db
def test_one_department(week):
    # when
    summary = weekly_deadline_summary(week=week_of(moment=NOW, time_zone="Asia/Tbilisi"), now=NOW,
                                      department=week.sales)
    # then
    assert (summary.received, summary.open_now, summary.overdue_now, summary.due_this_week_count) == (2, 1, 0, 1)
    assert [row.department for row in summary.by_department] == [week.sales]
    assert [row.person for row in summary.by_responsible] == [week.seller]
    assert summary.overdue == [] and numbers(summary.due_this_week) == [week.complaints["sold"].tracking_number]


@pytest.mark.django_db
def test_time_left_is_worded_in_the_active_language(week):
    with translation.override("ru"):
        summary = weekly_deadline_summary(week=week_of(moment=NOW, time_zone="Asia/Tbilisi"), now=NOW)
    assert "overdue" not in summary.overdue[0].time_left


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_data(week, django_assert_num_queries):
    # given
    current = week_of(moment=NOW, time_zone="Asia/Tbilisi")
    with CaptureQueriesContext(connection) as small:
        weekly_deadline_summary(week=current, now=NOW)
    # when
    more_complaints(week=week, count=12)
    # then
    with django_assert_num_queries(len(small.captured_queries)):
        summary = weekly_deadline_summary(week=current, now=NOW)
    assert summary.received == 16 and len(summary.by_responsible) == 15
    assert len(small.captured_queries) <= 12
