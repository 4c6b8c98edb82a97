"""Trends read month figures stored for ended months; a stored month is recounted once it is a day old."""

from datetime import date

import pytest
import time_machine

from complaints.services import complaint_reopen
from reports.models import MonthFigures
from reports.period import month_parse
from reports.selectors.scope import Scope
from reports.selectors.trends import monthly_trends

from .fixture import at

pytestmark = pytest.mark.django_db


def november_closed(department=None) -> int:
    scope = Scope(period=month_parse("2026-12", "Asia/Tbilisi"), department=department)
    [november] = [p for p in monthly_trends(scope=scope) if p.month.key == "2026-11"]
    return november.closed


def test_an_ended_month_is_stored_and_recounted_when_a_day_old(month, responsible, department):
    # given: on 5 December November has ended
    with time_machine.travel(at(12, 5, 10), tick=False):
        assert november_closed() == 4
        assert november_closed(department) == 4
        stored = MonthFigures.objects.get(month="2026-11-01", department=department)
        assert (stored.received, stored.closed, stored.on_time, stored.justified) == (6, 4, 3, 2)
    # when: a November complaint is reopened
    with time_machine.travel(at(12, 5, 11), tick=False):
        complaint_reopen(complaint=month.c2, actor=responsible, reason="Снова не работает")
    # then: the stored month stands for a day, then is recounted
    with time_machine.travel(at(12, 5, 12), tick=False):
        assert november_closed() == 4
    with time_machine.travel(at(12, 6, 11), tick=False):
        assert november_closed() == 3


def test_the_nightly_job_stores_the_months_the_trends_show(month, department):
    # when: the night of 5 December
    from reports.tasks import month_figures_refresh_task

    with time_machine.travel(at(12, 5, 3), tick=False):
        result = month_figures_refresh_task.call(slot=at(12, 5, 3).isoformat())
    # then: November and the 24 months before, October and November holding complaints
    assert result == {"months": 25}
    assert sorted(MonthFigures.objects.filter(department=department).values_list("month", "received")) == [
        (date(2026, 10, 1), 1), (date(2026, 11, 1), 6)]
