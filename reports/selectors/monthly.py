"""The monthly quality report: every section for a period, compared with the month before and a year earlier."""

from dataclasses import dataclass

from django.conf import settings

from ..period import Period
from ..shares import ParetoRow
from .deadlines import DeadlineCompliance, deadlines_section
from .headline import Headline, headline, headline_of
from .kpis import PersonKpi, kpis_per_responsible
from .pareto import pareto_categories, pareto_departments
from .received import Received, received_section
from .remedies import (CorrectiveActions, Remedies, Reopened, capa_section, remedies_section,
                       reopened_section)
from .satisfaction import SatisfactionLoyalty, SurveyResults, satisfaction_section, survey_section
from .scope import Scope
from .trends import MonthPoint, ValidityPoint, monthly_trends, validity_trend
from .validity import ValidityShares, validity_section


@dataclass(frozen=True)
class MonthlyReport:
    scope: Scope
    headline: Headline
    previous: Headline  # the month before (or as many days before)
    year_before: Headline  # the same month a year earlier
    received: Received
    validity: ValidityShares
    deadlines: DeadlineCompliance
    satisfaction: SatisfactionLoyalty
    survey: SurveyResults
    reopened: Reopened
    remedies: Remedies
    corrective_actions: CorrectiveActions
    pareto_categories: list[ParetoRow]
    pareto_departments: list[ParetoRow]
    trends: list[MonthPoint]
    validity_trend: list[ValidityPoint]
    kpis: list[PersonKpi]

    @property
    def period(self) -> Period:
        return self.scope.period


def monthly_report(*, scope: Scope) -> MonthlyReport:
    """Labels are in the active language: call inside ``translation.override`` for another one."""
    period = scope.period
    received, validity = received_section(scope=scope), validity_section(scope=scope)
    deadlines, satisfaction = deadlines_section(scope=scope), satisfaction_section(scope=scope)
    reopened = reopened_section(scope=scope)
    return MonthlyReport(
        scope=scope, headline=headline_of(received=received.total, deadlines=deadlines, validity=validity,
                                          satisfaction=satisfaction, reopened=reopened),
        previous=headline(scope=scope.at(period.previous)), year_before=headline(scope=scope.at(period.year_before)),
        received=received, validity=validity, deadlines=deadlines, satisfaction=satisfaction,
        survey=survey_section(scope=scope), reopened=reopened,
        remedies=remedies_section(scope=scope, currency=settings.COMPLAINTDESK_CURRENCY),
        corrective_actions=capa_section(scope=scope),
        pareto_categories=pareto_categories(scope=scope), pareto_departments=pareto_departments(scope=scope),
        trends=monthly_trends(scope=scope), validity_trend=validity_trend(scope=scope),
        kpis=kpis_per_responsible(scope=scope),
    )
