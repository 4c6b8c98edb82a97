"""How report figures read: shares as percentages, working hours, changes in points; "—" when unknown."""

from django import template
from django.utils.formats import number_format
from django.utils.translation import gettext as _

register = template.Library()
UNKNOWN = "—"


@register.filter
def percent(value: float | None) -> str:
    return UNKNOWN if value is None else f"{number_format(value * 100, 1)} %"


@register.filter
def hours(value: float | None) -> str:
    return UNKNOWN if value is None else _("%(hours)s h") % {"hours": number_format(value, 1)}


@register.filter
def decimal1(value: float | None) -> str:
    return UNKNOWN if value is None else number_format(value, 1)


@register.filter
def points(change: float | None) -> str:
    """A change of a share, in percentage points with its sign."""
    if change is None:
        return UNKNOWN
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return _("%(sign)s%(points)s pp") % {"sign": sign, "points": number_format(abs(change) * 100, 1)}


@register.filter
def difference(current: float | None, previous: float | None) -> float | None:
    if current is None or previous is None:
        return None
    return current - previous


@register.filter
def signed(change: float | None) -> str:
    """A change of a count with its sign."""
    if change is None:
        return UNKNOWN
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return f"{sign}{number_format(abs(change), 0)}"
