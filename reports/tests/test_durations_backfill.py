"""Complaints contacted or closed before working times were stored get them from ``report durations``."""

import pytest
from django.core.management import call_command

from complaints.models import Complaint

pytestmark = pytest.mark.django_db


def test_the_command_fills_what_is_missing_and_changes_nothing_else(month, capsys):
    # given: the stored times of two complaints lost, as on a database from before
    Complaint.objects.filter(pk__in=[month.c1.pk, month.c3.pk]).update(first_contact_business_seconds=None,
                                                                       solution_business_seconds=None)
    # when
    call_command("report", "durations")
    # then: counted again in the department's calendar, across the weekend and St George's Day
    c1, c3 = Complaint.objects.get(pk=month.c1.pk), Complaint.objects.get(pk=month.c3.pk)
    assert (c1.first_contact_business_seconds, c1.solution_business_seconds) == (2 * 3600, 7 * 3600)
    assert (c3.first_contact_business_seconds, c3.solution_business_seconds) == (9 * 3600, 39 * 3600)
    assert "2" in capsys.readouterr().out
