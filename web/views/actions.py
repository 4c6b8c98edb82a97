"""The complaint page's actions that move or annotate a complaint: one service each, POST only."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from complaints.models import Complaint
from complaints.choices import HANDED_OFF_TO
from complaints.services import (
    complaint_hand_off,
    complaint_note_add,
    complaint_reopen,
    complaint_script_update,
    complaint_take,
)
from web.forms.actions import HandOffForm, NoteForm, ReopenForm, ScriptForm

from .access import action_outcome, form_refused, with_complaint


@login_required
@require_POST
@with_complaint
def take(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    return action_outcome(request, complaint=complaint,
                          run=lambda: complaint_take(complaint=complaint, actor=request.user),
                          success=_("You are now responsible for this complaint."))


@login_required
@require_POST
@with_complaint
def note_add(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = NoteForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: complaint_note_add(complaint=complaint, actor=request.user, body=form.cleaned_data["body"],
                                       is_call=form.is_call),
        success=_("The call is recorded.") if form.is_call else _("The note is added."),
    )


@login_required
@require_POST
@with_complaint
def script_update(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = ScriptForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: complaint_script_update(complaint=complaint, actor=request.user,
                                            steps=form.cleaned_data["steps"]),
        success=_("The conversation script is saved."),
    )


@login_required
@require_POST
@with_complaint
def reopen(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = ReopenForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: complaint_reopen(complaint=complaint, actor=request.user, reason=form.cleaned_data["reason"]),
        success=_("The complaint is reopened."),
    )


@login_required
@require_POST
@with_complaint
def hand_off(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = HandOffForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: complaint_hand_off(complaint=complaint, actor=request.user, kind=form.cleaned_data["kind"],
                                       reason=form.cleaned_data["reason"]),
        success=lambda handed: HANDED_OFF_TO[handed.hand_off_to],
    )
