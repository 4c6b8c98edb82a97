"""Corrective actions on the complaint page and the customer's status page.

Tags rather than page context keep those pages' views unchanged; each costs one query.
"""

from dataclasses import dataclass

from django import template

from capa.models import CorrectiveAction
from capa.selectors import corrective_actions_of_complaint, customer_texts_of_complaint
from capa.services import capa_role
from complaints.models import Complaint

register = template.Library()


@dataclass(frozen=True)
class CapaPanel:
    actions: list[CorrectiveAction]
    may_create: bool


@register.simple_tag(takes_context=True)
def capa_panel(context: template.Context, complaint: Complaint) -> CapaPanel:
    request = context.get("request")
    user = getattr(request, "user", None)
    # The page is shown only to those who may see the complaint: the role decides the rest.
    may_create = user is not None and user.is_authenticated and capa_role(user)
    return CapaPanel(actions=list(corrective_actions_of_complaint(complaint=complaint)), may_create=may_create)


@register.simple_tag
def capa_customer_texts(complaint: Complaint) -> list[str]:
    return customer_texts_of_complaint(complaint=complaint)


@register.filter
def may_create_capa(user) -> bool:
    """QMS, heads and responsibles: the queue shows them the selection for a corrective action."""
    return bool(user is not None and user.is_authenticated and capa_role(user))
