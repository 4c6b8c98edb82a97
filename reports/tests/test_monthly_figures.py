"""Every figure of the November 2026 report against the month counted by hand in ``fixture.py``."""

from decimal import Decimal

import pytest

from reports.period import month_parse
from reports.selectors.monthly import monthly_report
from reports.selectors.scope import Scope

pytestmark = pytest.mark.django_db


def november(department=None):
    return monthly_report(scope=Scope(period=month_parse("2026-11", "Asia/Tbilisi"), department=department))


def test_working_times_count_neither_the_weekend_nor_st_georges_day(month):
    # then: stored when they happened, in working seconds of the department's calendar
    assert month.c1.first_contact_business_seconds == 2 * 3600  # Fri 17–18, Tue 9–10
    assert month.c1.solution_business_seconds == 7 * 3600
    assert month.c5.solution_business_seconds == 15 * 3600  # from registration to the last closing
    assert month.c3.solution_business_seconds == 39 * 3600


def test_received_by_kind_channel_language_department_and_category(month):
    # when
    received = november().received
    # then
    assert received.total == 7
    assert [(r.code, r.count) for r in received.by_kind] == [("complaint", 6), ("inquiry", 1)]
    assert [(r.code, r.count) for r in received.by_channel] == [("web", 6), ("phone", 1)]
    assert [(r.code, r.count) for r in received.by_language] == [("ru", 4), ("ka", 2), ("en", 1)]
    assert [(r.label, r.count) for r in received.by_department] == [("Support", 6), ("Sales", 1)]
    assert [(r.label, r.count) for r in received.by_cause] == [("Cause-A", 3), ("Cause-B", 2), ("Cause-C", 1),
                                                               ("Not classified", 1)]
    assert [(r.code, r.count) for r in received.by_origin] == [("external", 7)]
    assert received.by_kind[0].share == pytest.approx(6 / 7)


def test_validity_deadlines_and_working_time_percentiles(month):
    # when
    report = november()
    # then: closed in November: c1, c2 justified, c5 partly, c3 unjustified
    assert (report.validity.justified, report.validity.partial, report.validity.unjustified) == (2, 1, 1)
    assert report.validity.justified_share == 0.5
    deadlines = report.deadlines
    assert (deadlines.closed, deadlines.on_time, deadlines.closed_late) == (4, 3, 1)
    assert deadlines.on_time_share == 0.75
    assert deadlines.first_contacts == 5
    assert deadlines.first_contact_median_hours == pytest.approx(2)
    assert deadlines.first_contact_p90_hours == pytest.approx(7.4)
    assert deadlines.solution_median_hours == pytest.approx(21)
    assert deadlines.solution_p90_hours == pytest.approx(35.4)
    assert (deadlines.delay_notices, deadlines.delay_notices_late, deadlines.delayed_complaints) == (1, 0, 1)
    assert [(r.tracking_number, r.reason) for r in deadlines.reasons] == [
        (month.c4.tracking_number, "Ждём ответа поставщика")]


def test_satisfaction_and_loyalty_are_two_figures_and_the_survey_a_third(month):
    # when
    report = november()
    # then: c5 was only partly satisfied, yet stays with us
    satisfaction = report.satisfaction
    assert (satisfaction.satisfied, satisfaction.partly, satisfaction.not_satisfied) == (2, 1, 1)
    assert satisfaction.satisfaction_share == 0.5
    assert (satisfaction.loyal, satisfaction.undecided, satisfaction.leaving) == (3, 0, 1)
    assert satisfaction.loyalty_share == 0.75
    survey = report.survey
    assert (survey.sent, survey.answered, survey.solved, survey.keeps_working) == (2, 2, 2, 1)
    assert survey.handling_score == pytest.approx(4.0)
    assert survey.recommend_score == pytest.approx(7.5)


def test_reopen_rate_remedies_and_corrective_actions(month):
    # when
    report = november()
    # then
    assert (report.reopened.closed, report.reopened.reopened, report.reopened.reopen_share) == (4, 1, 0.25)
    assert [(r.code, r.count, r.value) for r in report.remedies.rows] == [
        ("refund", 2, Decimal("80.00")), ("apology", 1, Decimal("0.00"))]
    assert (report.remedies.count, report.remedies.value) == (3, Decimal("80.00"))
    capa = report.corrective_actions
    assert (capa.opened, capa.done, capa.checked, capa.effective) == (1, 1, 1, 1)


def test_pareto_of_causes_and_departments(month):
    # when
    report = november()
    # then: complaints only (the inquiry is left out), largest first with cumulative shares
    assert [(r.label, r.count, round(r.cumulative, 4), r.vital) for r in report.pareto_categories] == [
        ("Cause-A", 3, 0.5, True), ("Cause-B", 2, 0.8333, True), ("Cause-C", 1, 1.0, False)]
    assert [(r.label, r.count, round(r.share, 4), r.vital) for r in report.pareto_departments] == [
        ("Support", 5, 0.8333, True), ("Sales", 1, 0.1667, False)]


def test_comparison_trends_and_kpis(month):
    # when
    report = november()
    # then: October had one complaint, closed on time and justified; November 2025 nothing
    assert (report.previous.received, report.previous.closed, report.previous.on_time_share) == (1, 1, 1.0)
    assert (report.year_before.received, report.year_before.on_time_share) == (0, None)
    assert report.headline.received == 7 and report.headline.reopen_share == 0.25
    assert report.headline.justified_share == 0.75
    assert [(p.month.key, p.received, p.closed, p.on_time) for p in report.trends[-2:]] == [
        ("2026-10", 1, 1, 1), ("2026-11", 7, 4, 3)]
    assert len(report.trends) == 12 and sum(p.received for p in report.trends) == 8
    assert [(p.month.key, p.shares.justified, p.shares.partial) for p in report.validity_trend[-2:]] == [
        ("2026-10", 1, 0), ("2026-11", 2, 1)]
    assert len(report.validity_trend) == 24 and report.validity_trend[0].month.key == "2024-12"
    kpis = {k.name: k for k in report.kpis}
    mine = kpis[month.c1.assignee.get_full_name()]
    assert (mine.handled, mine.on_time, mine.satisfied, mine.loyal, mine.reopened) == (3, 3, 2, 3, 1)
    assert mine.survey_score == pytest.approx(4.0)
    theirs = kpis["Анна Коллегова"]
    assert (theirs.handled, theirs.on_time_share, theirs.loyalty_share, theirs.survey_score) == (1, 0.0, 0.0, None)


def test_a_department_report_counts_only_its_complaints(month, department):
    # when
    report = november(department)
    # then
    assert report.received.total == 6
    assert [r.label for r in report.pareto_departments] == ["Support"]
    assert report.deadlines.closed == 4
