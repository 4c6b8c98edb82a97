"""Suggestions as people read them: the value's name in the viewer's language and what a form needs to fill."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from complaints.choices import Importance, Kind
from complaints.models import Category
from routing.models import Department

from .emotion.intensity import Intensity
from .suggestions import Suggestion
from .targets import TARGETS

REASON_KINDS = {
    "insult": _("insult"), "swearing": _("swearing"), "strong": _("strong words"),
    "regulator": _("threatens to go to a regulator"), "court": _("threatens to go to court"),
    "press": _("threatens to go public"), "leave": _("threatens to leave"),
    "exclamation": _("exclamation marks"), "capitals": _("CAPITALS"),
}
FORM_FIELDS = {"kind": "kind", "category": "subject_category", "department": "department",
               "importance": "importance"}


@dataclass(frozen=True)
class ShownSuggestion:
    target: str
    target_label: str
    value: str  # what the service takes: a kind, an importance, a category or department code
    form_value: str  # what the registration form's field takes: a value or a primary key
    field: str
    label: str
    confidence: float
    percent: int
    by_emotion: bool


def suggestions_shown(suggestions: dict[str, Suggestion]) -> list[ShownSuggestion]:
    """The suggestions whose value still exists, in the order of TARGETS; two queries at most."""
    codes = {s.target: s.value for s in suggestions.values()}
    departments = {d.code: d for d in Department.objects.filter(code=codes.get("department"), is_active=True)}
    categories = {c.code: c for c in Category.objects.filter(code=codes.get("category"), is_active=True)}
    shown = []
    for target in TARGETS:
        suggestion = suggestions.get(target)
        if suggestion is None:
            continue
        if target in ("department", "category"):
            found = (departments if target == "department" else categories).get(suggestion.value)
            if found is None:
                continue
            label, form_value = found.name, str(found.pk)
        else:
            choices = Kind if target == "kind" else Importance
            if suggestion.value not in choices.values:
                continue
            label, form_value = choices(suggestion.value).label, suggestion.value
        shown.append(ShownSuggestion(
            target=target, target_label=TARGETS[target], value=suggestion.value, form_value=form_value,
            field=FORM_FIELDS[target], label=label, confidence=round(suggestion.confidence, 3),
            percent=round(100 * suggestion.confidence), by_emotion=suggestion.by_emotion))
    return shown


def intensity_reasons(intensity: Intensity) -> list[tuple[str, str]]:
    """(what kind of reason, the words found), one line per reason; "!" twice is one line."""
    return list(dict.fromkeys((str(REASON_KINDS[r.kind]), r.text) for r in intensity.reasons))
