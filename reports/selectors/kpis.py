"""Quality indicators per responsible employee, for bonuses (PRODUCT.md, Control and learning).

Each figure is over the complaints the person owns that were closed in the period; the
formulas are shown on the page and in the exports (``KPI_FORMULAS``).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Avg, Count, F, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaints.choices import Loyalty, Satisfaction
from followup.models import Survey

from ..shares import SatisfactionLoyaltyShares, share
from .scope import Scope

SURVEY_LAG = timedelta(days=14)
KPI_FORMULAS = (
    (_("Handled"), _("complaints owned by the person and closed in the period")),
    (_("On time"), _("closed no later than the deadline ÷ handled")),
    (_("Satisfied"), _("“satisfied” ÷ handled with a known satisfaction")),
    (_("Loyal"), _("“will keep working with us” ÷ handled with a known loyalty")),
    (_("Reopened"), _("reopened at least once ÷ handled")),
    (_("Survey score"), _("average “satisfaction with the handling” (1–5) of the surveys of the handled complaints")),
)


@dataclass(frozen=True)
class PersonKpi(SatisfactionLoyaltyShares):
    person_id: int
    name: str
    handled: int
    on_time: int
    satisfied: int
    rated: int
    loyal: int
    loyalty_known: int
    reopened: int
    survey_score: float | None

    @property
    def on_time_share(self) -> float | None:
        return share(self.on_time, self.handled)

    @property
    def reopen_share(self) -> float | None:
        return share(self.reopened, self.handled)


def kpis_per_responsible(*, scope: Scope) -> list[PersonKpi]:
    rows = (scope.closed().filter(assignee_id__isnull=False).values("assignee_id").annotate(
        handled=Count("id"), on_time=Count("id", filter=Q(closed_at__lte=F("due_at"))),
        satisfied=Count("id", filter=Q(satisfaction=Satisfaction.SATISFIED)),
        rated=Count("id", filter=~Q(satisfaction="")),
        loyal=Count("id", filter=Q(loyalty=Loyalty.YES)), loyalty_known=Count("id", filter=~Q(loyalty="")),
        reopened=Count("id", filter=Q(reopen_count__gt=0)),
    ).order_by())
    rows = list(rows)
    # Apart from the counts: an outer join to every survey would make the planner read them all. A survey
    # is sent 24–48 h after closing (followup), so only those sent from the period's start to two weeks
    # after its end can belong to complaints closed in it: the index on ``sent_at`` finds them.
    sent = Q(sent_at__gte=scope.period.starts_at, sent_at__lt=scope.period.ends_at + SURVEY_LAG)
    scores = dict(Survey.objects.filter(sent, complaint__in=scope.closed(), handling_score__isnull=False)
                  .values_list("complaint__assignee_id").annotate(score=Avg("handling_score")).order_by())
    people = {user.pk: user for user in User.objects.filter(pk__in=[row["assignee_id"] for row in rows])}
    result = []
    for row in rows:
        person = people[row.pop("assignee_id")]
        result.append(PersonKpi(person_id=person.pk, name=person.get_full_name() or person.get_username(),
                                survey_score=scores.get(person.pk), **row))
    return sorted(result, key=lambda kpi: (-kpi.handled, kpi.name))
