"""The "Announce a delay" panel of the complaint page.

A tag rather than page context keeps the complaint page's view unchanged; it costs
one query (the latest delay notice), the same on every page.
"""

from dataclasses import dataclass
from datetime import datetime

from django import template
from django.utils import timezone

from accounts.permissions import Perm, can
from complaints.models import Complaint, Interaction
from web.forms.delay import DelayForm

register = template.Library()


@dataclass(frozen=True)
class DelayPanel:
    form: DelayForm | None  # None: the viewer may not announce a delay, or the complaint is not open
    deadline_passed: bool
    latest: Interaction | None


@register.simple_tag(takes_context=True)
def delay_panel(context: template.Context, complaint: Complaint) -> DelayPanel:
    request = context.get("request")
    may_announce = (request is not None and complaint.is_open
                    and can(request.user, Perm.PROPOSE, complaint))
    latest = (complaint.interactions.filter(kind=Interaction.Kind.DELAY_NOTICE).select_related("actor")
              .order_by("-created_at", "-id").first())
    return DelayPanel(form=DelayForm(auto_id="delay-%s") if may_announce else None,
                      deadline_passed=complaint.due_at <= timezone.now(), latest=latest)


@register.filter
def parse_iso(value: str) -> datetime | str:
    """A moment stored as ISO text in a timeline entry's data, as a datetime for the ``date`` filter."""
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return ""
