"""Satisfaction with the solution and loyalty after the complaint (two separate figures), and the survey."""

from dataclasses import dataclass

from django.db.models import Avg, Count, Q

from complaints.choices import Loyalty, Satisfaction
from followup.models import KeepsWorking, Survey

from ..shares import share
from .scope import Scope


@dataclass(frozen=True)
class SatisfactionLoyalty:
    satisfied: int
    partly: int
    not_satisfied: int
    loyal: int
    undecided: int
    leaving: int

    @property
    def rated(self) -> int:
        return self.satisfied + self.partly + self.not_satisfied

    @property
    def satisfaction_share(self) -> float | None:
        """Satisfied, of those whose satisfaction is known."""
        return share(self.satisfied, self.rated)

    @property
    def loyalty_known(self) -> int:
        return self.loyal + self.undecided + self.leaving

    @property
    def loyalty_share(self) -> float | None:
        """Will keep working with us, of those whose answer is known."""
        return share(self.loyal, self.loyalty_known)


@dataclass(frozen=True)
class SurveyResults:
    sent: int
    answered: int
    solved: int
    keeps_working: int
    leaving: int
    handling_score: float | None  # 1–5
    recommend_score: float | None  # 0–10

    @property
    def solved_share(self) -> float | None:
        return share(self.solved, self.answered)

    @property
    def keeps_working_share(self) -> float | None:
        return share(self.keeps_working, self.answered)


SATISFACTION_LOYALTY = {
    "satisfied": Count("id", filter=Q(satisfaction=Satisfaction.SATISFIED)),
    "partly": Count("id", filter=Q(satisfaction=Satisfaction.PARTLY)),
    "not_satisfied": Count("id", filter=Q(satisfaction=Satisfaction.NOT_SATISFIED)),
    "loyal": Count("id", filter=Q(loyalty=Loyalty.YES)),
    "undecided": Count("id", filter=Q(loyalty=Loyalty.UNDECIDED)),
    "leaving": Count("id", filter=Q(loyalty=Loyalty.NO)),
}


def satisfaction_section(*, scope: Scope) -> SatisfactionLoyalty:
    return SatisfactionLoyalty(**scope.closed().aggregate(**SATISFACTION_LOYALTY))


def survey_section(*, scope: Scope) -> SurveyResults:
    """Surveys sent in the period, and those answered in the period (whenever they were sent)."""
    surveys = Survey.objects.filter(scope.related())
    sent = surveys.filter(scope.in_period("sent_at")).count()
    answered = surveys.filter(scope.in_period("answered_at")).aggregate(
        answered=Count("id"), solved=Count("id", filter=Q(solved=True)),
        kept=Count("id", filter=Q(keeps_working=KeepsWorking.YES)),
        left=Count("id", filter=Q(keeps_working=KeepsWorking.NO)),
        handling=Avg("handling_score"), recommend=Avg("recommend_score"))
    return SurveyResults(sent=sent, answered=answered["answered"], solved=answered["solved"],
                         keeps_working=answered["kept"], leaving=answered["left"],
                         handling_score=answered["handling"], recommend_score=answered["recommend"])
