"""The triage block of the complaint page: emotional intensity, and suggestions the user may apply.

A tag rather than page context keeps the complaint page's view unchanged.
"""

from dataclasses import dataclass

from django import template

from accounts.permissions import Perm, can
from complaints.models import Complaint
from routing.services import transfer_allowed
from triage.emotion.intensity import Intensity
from triage.presentation import ShownSuggestion, intensity_reasons, suggestions_shown
from triage.suggestions import triage_suggest

register = template.Library()


@dataclass(frozen=True)
class TriagePanel:
    intensity: Intensity
    reasons: list[tuple[str, str]]
    suggestions: list[ShownSuggestion]


def current_value(complaint: Complaint, target: str) -> str:
    if target == "category":
        return complaint.subject_category.code if complaint.subject_category_id else ""
    if target == "department":
        return complaint.department.code
    return getattr(complaint, target)


def may_apply(user, complaint: Complaint, target: str) -> bool:
    if not complaint.is_open:
        return False
    if target == "department":
        return transfer_allowed(user=user, complaint=complaint)
    return can(user, Perm.HAND_OFF if target == "kind" else Perm.CLASSIFY, complaint)


@register.simple_tag(takes_context=True)
def triage_panel(context: template.Context, complaint: Complaint) -> TriagePanel:
    found = triage_suggest(description=complaint.description, emotion=complaint.emotion, product=complaint.product,
                           channel=complaint.channel)
    user = context["request"].user
    suggestions = [s for s in suggestions_shown(found["suggestions"])
                   if s.value != current_value(complaint, s.target) and may_apply(user, complaint, s.target)]
    return TriagePanel(intensity=found["intensity"], reasons=intensity_reasons(found["intensity"]),
                       suggestions=suggestions)
