"""The charts of the monthly report, drawn from its figures in the active language."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .charts import Series, line_chart, pareto_chart, stacked_bars
from .selectors.monthly import MonthlyReport


@dataclass(frozen=True)
class ReportCharts:
    pareto_categories: str
    pareto_departments: str
    trends: str
    volume: str
    validity: str


def month_label(period) -> str:
    return date_format(period.start, "M y")


def pareto_svg(rows, title: str) -> str:
    return pareto_chart(labels=[r.label for r in rows], counts=[r.count for r in rows],
                        cumulative=[r.cumulative for r in rows], title=title, count_name=_("Complaints"),
                        cumulative_name=_("Cumulative share"))


def report_charts(report: MonthlyReport) -> ReportCharts:
    months = [month_label(p.month) for p in report.trends]
    return ReportCharts(
        pareto_categories=pareto_svg(report.pareto_categories, _("Complaints by cause (Pareto)")),
        pareto_departments=pareto_svg(report.pareto_departments, _("Complaints by department (Pareto)")),
        volume=line_chart(labels=months, title=_("Complaints received per month"), percent=False,
                          series=[Series(pgettext("report figure", "Received"), [p.received for p in report.trends])]),
        trends=line_chart(labels=months, title=_("Deadline compliance, satisfaction and loyalty per month"), series=[
            Series(_("On time"), [p.on_time_share for p in report.trends]),
            Series(_("Satisfied"), [p.satisfaction_share for p in report.trends]),
            Series(_("Loyal"), [p.loyalty_share for p in report.trends]),
        ]),
        validity=stacked_bars(labels=[month_label(p.month) for p in report.validity_trend],
                              title=_("Validity of closed complaints, 24 months"), series=[
            Series(_("Justified"), [p.shares.justified_share for p in report.validity_trend]),
            Series(_("Partially justified"), [p.shares.partial_share for p in report.validity_trend]),
            Series(_("Unjustified"), [p.shares.unjustified_share for p in report.validity_trend]),
        ]),
    )
