"""The investigation, remedies and closing forms of the complaint page.

A tag rather than page context keeps the complaint page's view unchanged; it costs one
query (the remedies given) besides the choice lists of the forms.
"""

from dataclasses import dataclass

from django import template

from accounts.permissions import Perm, can
from complaints.models import Complaint
from resolution.investigation import IN_WORK
from resolution.models import Remedy
from resolution.remedies import currency_default
from resolution.selectors import remedies_of_complaint
from web.forms.resolution import CloseForm, InvestigationForm, RemedyForm

register = template.Library()


@dataclass(frozen=True)
class ResolutionPanel:
    remedies: list[Remedy]
    investigation_form: InvestigationForm | None  # None: the viewer may not, or the complaint is not in work
    remedy_form: RemedyForm | None
    close_form: CloseForm


@register.simple_tag(takes_context=True)
def resolution_panel(context: template.Context, complaint: Complaint) -> ResolutionPanel:
    request = context.get("request")
    in_work = request is not None and complaint.status in IN_WORK
    investigation = None
    if in_work and can(request.user, Perm.INVESTIGATE, complaint):
        investigation = InvestigationForm(auto_id="investigation-%s", initial={
            "validity": complaint.validity or None, "root_cause": complaint.root_cause_id,
            "note": complaint.root_cause_note})
    may_remedy = in_work and can(request.user, Perm.REMEDY, complaint)
    remedy = RemedyForm(auto_id="remedy-%s", initial={"currency": currency_default()}) if may_remedy else None
    return ResolutionPanel(remedies=remedies_of_complaint(complaint=complaint), investigation_form=investigation,
                           remedy_form=remedy, close_form=CloseForm(auto_id="close-%s"))
