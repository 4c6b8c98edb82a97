"""The headline figures side by side: this period, the one before and the same one a year earlier."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .selectors.headline import Headline
from .shares import change

# (attribute, label, kind): kind "count", "share" or "hours" decides how the figure reads.
HEADLINE_ROWS = (
    ("received", pgettext_lazy("report figure", "Received"), "count"),
    ("closed", pgettext_lazy("report figure", "Closed"), "count"),
    ("on_time_share", _("Solved within the deadline"), "share"),
    ("justified_share", _("Justified or partly justified"), "share"),
    ("satisfaction_share", _("Satisfied with the solution"), "share"),
    ("loyalty_share", _("Will keep working with us"), "share"),
    ("reopen_share", _("Reopened"), "share"),
    ("first_contact_median_hours", _("Working time to first contact, median"), "hours"),
    ("solution_median_hours", _("Working time to solution, median"), "hours"),
)


@dataclass(frozen=True)
class ComparedFigure:
    label: str
    kind: str
    current: float | None
    previous: float | None
    year_before: float | None

    @property
    def change_previous(self) -> float | None:
        return change(self.current, self.previous)

    @property
    def change_year(self) -> float | None:
        return change(self.current, self.year_before)


def compared(*, current: Headline, previous: Headline, year_before: Headline) -> list[ComparedFigure]:
    return [ComparedFigure(label=str(label), kind=kind, current=getattr(current, name),
                           previous=getattr(previous, name), year_before=getattr(year_before, name))
            for name, label, kind in HEADLINE_ROWS]
