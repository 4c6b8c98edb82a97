"""Triage on the staff pages: suggestions while registering, applying one on the complaint page, the model page."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from accounts.permissions import complaint_visible
from complaintdesk.errors import DomainError
from complaints.models import Complaint
from triage.presentation import intensity_reasons, suggestions_shown
from triage.selectors import triage_model_history, triage_models_visible
from triage.services import triage_suggestion_apply
from triage.suggestions import triage_suggest
from triage.targets import TARGETS

from .access import form_refused, with_complaint


@login_required
@require_POST
def suggest(request: HttpRequest) -> HttpResponse:
    """The registration form's suggestions (htmx, as the agent types); the form's fields are posted as they are."""
    found = triage_suggest(description=request.POST.get("description", "")[:10000],
                           emotion=request.POST.get("emotion", "")[:2000],
                           product=request.POST.get("product", "")[:200], channel=request.POST.get("channel", ""))
    return render(request, "web/_triage_suggestions.html", {
        "suggestions": suggestions_shown(found["suggestions"]), "intensity": found["intensity"],
        "reasons": intensity_reasons(found["intensity"]),
    })


class ApplyForm(forms.Form):
    target = forms.ChoiceField(choices=[(t, t) for t in TARGETS])
    value = forms.CharField(max_length=64)
    confidence = forms.FloatField(min_value=0, max_value=1)


@login_required
@require_POST
@with_complaint
def apply(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = ApplyForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    try:
        changed = triage_suggestion_apply(complaint=complaint, actor=request.user, **form.cleaned_data)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(complaint.get_absolute_url())
    messages.success(request, _("The suggestion is applied."))
    # A transfer may take the complaint out of the user's sight.
    return redirect(changed.get_absolute_url() if complaint_visible(request.user, changed) else "web:queue")


@login_required
@require_safe
def model(request: HttpRequest) -> HttpResponse:
    """QMS: the current triage model, when it learned and how well it did on complaints it never saw."""
    if not triage_models_visible(request.user):
        return render(request, "web/not_found.html", {"message": _("Only quality management sees this page.")},
                      status=403)
    versions = list(triage_model_history())
    current = versions[0] if versions else None
    rows = [(target, label, current.scores.get(target, {})) for target, label in TARGETS.items()] if current else []
    return render(request, "web/triage.html", {"current": current, "versions": versions, "rows": rows})
