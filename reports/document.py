"""The monthly report as read by people: figures, comparison and charts, in the active language."""

from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .comparison import ComparedFigure, compared
from .report_charts import ReportCharts, report_charts
from .selectors.kpis import KPI_FORMULAS
from .selectors.monthly import MonthlyReport, monthly_report
from .selectors.scope import Scope


@dataclass(frozen=True)
class ReportDocument:
    report: MonthlyReport
    compared: list[ComparedFigure]
    charts: ReportCharts
    title: str
    scope_name: str
    period_name: str
    kpi_formulas: tuple

    @property
    def key(self) -> str:
        return self.report.period.key

    @property
    def received_groups(self) -> list[tuple[str, list]]:
        received = self.report.received
        return [(_("By kind"), received.by_kind), (_("By origin"), received.by_origin),
                (_("By channel"), received.by_channel), (_("By language"), received.by_language),
                (_("By cause"), received.by_cause), (_("By product or service"), received.by_subject),
                (_("By department"), received.by_department)]


def period_name(period) -> str:
    if period.is_month:
        return date_format(period.start, "F Y")
    return f"{date_format(period.start, 'j E Y')} — {date_format(period.last_day, 'j E Y')}"


def report_document(*, scope: Scope) -> ReportDocument:
    """Call inside ``translation.override`` for a language other than the request's."""
    report = monthly_report(scope=scope)
    scope_name = scope.department.name if scope.department else _("The whole company")
    name = period_name(scope.period)
    return ReportDocument(
        report=report, charts=report_charts(report),
        compared=compared(current=report.headline, previous=report.previous, year_before=report.year_before),
        title=_("Quality report: %(period)s, %(scope)s") % {"period": name, "scope": scope_name},
        scope_name=scope_name, period_name=name, kpi_formulas=KPI_FORMULAS,
    )
