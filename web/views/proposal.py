"""Proposing a solution, and recording the customer's answer given by phone."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from complaints.models import Complaint
from resolution.models import Proposal
from resolution.services import proposal_answer, proposal_create
from web.forms.actions import AnswerForm, ProposeForm

from .access import action_outcome, form_refused, with_complaint


@login_required
@require_POST
@with_complaint
def propose(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = ProposeForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: proposal_create(complaint=complaint, actor=request.user, text=form.cleaned_data["text"],
                                    alternatives=form.alternatives()),
        success=_("The solution is proposed. The customer can answer through their link."),
    )


@login_required
@require_POST
@with_complaint
def answer(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)

    def success(proposal: Proposal) -> str:
        if proposal.status == Proposal.Status.ACCEPTED:
            return _("The customer's acceptance is recorded: %(option)s") % {"option": proposal.chosen_text}
        return _("The customer's rejection is recorded. The complaint is back in work.")

    return action_outcome(
        request, complaint=complaint,
        run=lambda: proposal_answer(complaint=complaint, actor=request.user, accept=form.accepted,
                                    option=form.cleaned_data["option"], reason=form.cleaned_data["reason"]),
        success=success,
    )
