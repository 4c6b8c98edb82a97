"""The report as tables of real values (numbers, dates, shares as fractions): one per section.

CSV writes them one after another with the section's name in the first column; XLSX puts
each on its own sheet.
"""

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from ..document import ReportDocument


@dataclass(frozen=True)
class Table:
    name: str
    header: list[str]
    rows: list[list]
    percent_columns: frozenset[int] = frozenset()  # columns holding shares (0..1)


def headline_table(document: ReportDocument) -> Table:
    return Table(name=_("Key figures"), header=[_("Figure"), document.period_name, _("Month before"),
                                                _("A year earlier")],
                 rows=[[row.label, row.current, row.previous, row.year_before] for row in document.compared])


def received_table(document: ReportDocument) -> Table:
    rows = [[group, row.label, row.count, row.share] for group, group_rows in document.received_groups
            for row in group_rows]
    return Table(name=pgettext("report figure", "Received"), rows=rows,
                 header=[_("Grouping"), _("Value"), _("Count"), _("Share")],
                 percent_columns=frozenset({3}))


def deadlines_table(document: ReportDocument) -> Table:
    r = document.report
    d, v, s, survey = r.deadlines, r.validity, r.satisfaction, r.survey
    rows = [
        [_("Justified"), v.justified, v.justified_share], [_("Partially justified"), v.partial, v.partial_share],
        [_("Unjustified"), v.unjustified, v.unjustified_share],
        [_("Solved within the deadline"), d.on_time, d.on_time_share],
        [pgettext("report figure", "Closed"), d.closed, None],
        [_("Working time to first contact, median (h)"), d.first_contact_median_hours, None],
        [_("Working time to first contact, 90th percentile (h)"), d.first_contact_p90_hours, None],
        [_("Working time to solution, median (h)"), d.solution_median_hours, None],
        [_("Working time to solution, 90th percentile (h)"), d.solution_p90_hours, None],
        [_("Delay notices"), d.delay_notices, None], [_("Delay notices after the deadline"), d.delay_notices_late, None],
        [_("Satisfied with the solution"), s.satisfied, s.satisfaction_share],
        [_("Will keep working with us"), s.loyal, s.loyalty_share],
        [_("Reopened"), r.reopened.reopened, r.reopened.reopen_share],
        [_("Surveys sent"), survey.sent, None], [_("Surveys answered"), survey.answered, None],
        [_("Problem really solved"), survey.solved, survey.solved_share],
        [_("Satisfaction with the handling (1–5), average"), survey.handling_score, None],
        [_("Likelihood to recommend (0–10), average"), survey.recommend_score, None],
        [_("Corrective actions opened"), r.corrective_actions.opened, None],
        [_("Corrective actions done"), r.corrective_actions.done, None],
        [_("Corrective actions effective"), r.corrective_actions.effective, r.corrective_actions.effective_share],
    ]
    return Table(name=_("Quality"), header=[_("Figure"), _("Count or value"), _("Share")], rows=rows,
                 percent_columns=frozenset({2}))


def remedies_table(document: ReportDocument) -> Table:
    remedies = document.report.remedies
    return Table(name=_("Remedies"), header=[_("Remedy"), _("Given"), _("Total value"), _("Currency")],
                 rows=[[row.label, row.count, row.value, remedies.currency] for row in remedies.rows])


def pareto_table(document: ReportDocument) -> Table:
    r = document.report
    rows = [[_("Cause"), row.label, row.count, row.share, row.cumulative] for row in r.pareto_categories]
    rows += [[_("Department"), row.label, row.count, row.share, row.cumulative] for row in r.pareto_departments]
    return Table(name=_("Pareto"), header=[_("Grouping"), _("Value"), _("Complaints"), _("Share"),
                                           _("Cumulative share")], rows=rows,
                 percent_columns=frozenset({3, 4}))


def trends_table(document: ReportDocument) -> Table:
    r = document.report
    validity = {point.month.start: point.shares for point in r.validity_trend}
    rows = []
    for point in r.trends:
        shares = validity.get(point.month.start)
        rows.append([point.month.start, point.received, point.closed, point.on_time_share, point.satisfaction_share,
                     point.loyalty_share, shares.justified_share if shares else None])
    return Table(name=_("Trends"), header=[_("Month"), pgettext("report figure", "Received"),
                                           pgettext("report figure", "Closed"), _("On time"), _("Satisfied"),
                                           _("Loyal"), _("Justified")], rows=rows,
                 percent_columns=frozenset({3, 4, 5, 6}))


def validity_table(document: ReportDocument) -> Table:
    return Table(name=_("Validity, 24 months"), header=[_("Month"), _("Justified"), _("Partially justified"),
                                                        _("Unjustified")],
                 rows=[[p.month.start, p.shares.justified, p.shares.partial, p.shares.unjustified]
                       for p in document.report.validity_trend])


def kpi_table(document: ReportDocument) -> Table:
    names = [str(name) for name, _formula in document.kpi_formulas]
    return Table(name=_("KPIs"), header=[_("Responsible"), *names],
                 rows=[[k.name, k.handled, k.on_time_share, k.satisfaction_share, k.loyalty_share, k.reopen_share,
                        k.survey_score] for k in document.report.kpis], percent_columns=frozenset({2, 3, 4, 5}))


def report_tables(document: ReportDocument) -> list[Table]:
    return [headline_table(document), received_table(document), deadlines_table(document),
            remedies_table(document), pareto_table(document), trends_table(document), validity_table(document),
            kpi_table(document)]


def cell_text(value) -> str:
    """A CSV cell: numbers with a dot, dates in ISO form, nothing for unknown."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)
