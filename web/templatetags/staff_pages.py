"""Labels for the codes a timeline entry keeps in its data."""

from datetime import date, datetime

from django import template

from coaching.script import ScriptStep
from complaints.choices import HANDED_OFF_TO, HandOff, Kind

register = template.Library()


@register.filter
def iso_datetime(value: str | None) -> datetime | None:
    """A datetime kept as ISO text in a timeline entry's data, for the ``date`` filter."""
    try:
        return datetime.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


@register.filter
def iso_date(value: str | None) -> date | None:
    """A date kept as ISO text in a timeline entry's data, for the ``date`` filter."""
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


@register.filter
def lookup(mapping: dict, key) -> object:
    return mapping.get(key, "") if mapping else ""


@register.filter
def script_step_labels(codes: list[str] | None) -> str:
    """The conversation steps named in a script update, in the reader's language."""
    labels = {step.value: step.label for step in ScriptStep}
    return "; ".join(str(labels.get(code, code)) for code in codes or [])


@register.filter
def hand_off_label(code: str | None) -> str:
    return str(HANDED_OFF_TO[HandOff(code)]) if code in HandOff.values else ""


@register.filter
def kind_label(code: str | None) -> str:
    return str(Kind(code).label) if code in Kind.values else ""
