"""The investigation, the remedies and the closing, from the staff complaint page: one service each."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from complaintdesk.errors import DomainError
from complaints.models import Complaint
from complaints.services import ClosingIncomplete, complaint_close
from resolution.investigation import complaint_investigation_record
from resolution.models import Remedy
from resolution.remedies import remedy_give
from web.forms.resolution import CloseForm, InvestigationForm, RemedyForm

from .access import action_outcome, form_refused, with_complaint


@login_required
@require_POST
@with_complaint
def investigation(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = InvestigationForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    data = form.cleaned_data
    return action_outcome(
        request, complaint=complaint,
        run=lambda: complaint_investigation_record(complaint=complaint, actor=request.user,
                                                   validity=data["validity"], root_cause=data["root_cause"],
                                                   note=data["note"]),
        success=_("The root cause and the validity are recorded."),
    )


def remedy_recorded(remedy: Remedy) -> str:
    if remedy.coupon_code:
        return _("The remedy is recorded. Coupon code: %(code)s") % {"code": remedy.coupon_code}
    return _("The remedy is recorded.")


@login_required
@require_POST
@with_complaint
def remedy(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = RemedyForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    data = form.cleaned_data
    return action_outcome(
        request, complaint=complaint,
        run=lambda: remedy_give(complaint=complaint, actor=request.user, remedy_type=data["remedy_type"],
                                value=data["value"], currency=data["currency"], note=data["note"]),
        success=remedy_recorded,
    )


@login_required
@require_POST
@with_complaint
def close(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = CloseForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    try:
        complaint_close(complaint=complaint, actor=request.user, **form.answers())
    except ClosingIncomplete as exc:
        for missing in exc.missing:  # one message per missing piece
            messages.error(request, missing)
        return redirect(complaint.get_absolute_url())
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(complaint.get_absolute_url())
    messages.success(request, _("The complaint is closed."))
    return redirect(complaint.get_absolute_url())
