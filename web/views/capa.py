"""Corrective-action pages: the list, one action, and the form creating one from complaints."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from capa.models import CorrectiveAction
from capa.selectors import (corrective_action_access, corrective_action_complaints, corrective_action_history,
                            corrective_action_list)
from capa.services import (NEXT_STATUSES, capa_may_manage, capa_role, corrective_action_create,
                           corrective_action_effectiveness_record, corrective_action_update_status)
from complaintdesk.errors import DomainError, NotFound
from complaints.models import Complaint
from complaints.selectors import complaint_access
from web.forms.capa import CapaCreateForm, CapaEffectivenessForm, CapaFilterForm, CapaStatusForm

LIST_LIMIT = 200


@login_required
@require_safe
def capa_list(request: HttpRequest) -> HttpResponse:
    form = CapaFilterForm(request.GET)
    form.is_valid()
    filters = form.cleaned_data if form.is_bound else {}
    today = timezone.localdate()
    actions = corrective_action_list(user=request.user, status=filters.get("status", ""),
                                     check_overdue=filters.get("check_overdue", False), today=today)
    return render(request, "web/capa_list.html", {"form": form, "actions": list(actions[:LIST_LIMIT]),
                                                  "today": today, "limit": LIST_LIMIT})


def selected_complaints(request: HttpRequest, numbers: list[str]) -> list[Complaint]:
    """The complaints of ``numbers`` through the access gate; those not found are said so."""
    found = []
    for number in dict.fromkeys(n.strip() for n in numbers if n.strip()):
        try:
            found.append(complaint_access(user=request.user, number=number))
        except NotFound as exc:
            messages.error(request, exc.message)
    return found


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def capa_new(request: HttpRequest) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    complaints = selected_complaints(request, (data or request.GET).getlist("complaint"))
    if not complaints:
        messages.error(request, _("Choose at least one complaint."))
        return redirect("web:queue")
    numbers = [c.tracking_number for c in complaints]
    form = CapaCreateForm(data, numbers=numbers, initial={"complaint": numbers})
    if data is not None and form.is_valid():
        fields = form.cleaned_data
        try:
            action = corrective_action_create(
                actor=request.user, complaints=complaints, cause=fields["cause"], owner=fields["owner"],
                due_on=fields["due_on"], check_on=fields["check_on"], customer_text=fields["customer_text"])
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("The corrective action is created."))
            return redirect(action.get_absolute_url())
    return render(request, "web/capa_new.html",
                  {"form": form, "complaints": complaints, "may_create": capa_role(request.user)})


def with_action(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Pass the corrective action of the URL through its access gate; missing and hidden look alike."""

    @wraps(view)
    def wrapper(request: HttpRequest, action_id: int, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            action = corrective_action_access(user=request.user, action_id=action_id)
        except NotFound as exc:
            return render(request, "web/not_found.html", {"message": exc.message}, status=404)
        return view(request, action, *args, **kwargs)

    return wrapper


@login_required
@require_safe
@with_action
def capa_detail(request: HttpRequest, action: CorrectiveAction) -> HttpResponse:
    complaints = list(corrective_action_complaints(action=action))
    may_manage = capa_may_manage(user=request.user, action=action)
    allowed = sorted(NEXT_STATUSES[action.status])
    return render(request, "web/capa_detail.html", {
        "action": action, "complaints": complaints, "history": corrective_action_history(action=action),
        "status_form": CapaStatusForm(allowed=allowed, auto_id="status-%s") if may_manage and allowed else None,
        "check_form": CapaEffectivenessForm(auto_id="check-%s") if may_manage and action.awaits_check else None,
        "today": timezone.localdate(),
    })


def refused(request: HttpRequest, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


@login_required
@require_POST
@with_action
def capa_status(request: HttpRequest, action: CorrectiveAction) -> HttpResponse:
    form = CapaStatusForm(request.POST)
    if not form.is_valid():
        refused(request, form)
        return redirect(action.get_absolute_url())
    try:
        action = corrective_action_update_status(action=action, actor=request.user,
                                                 status=form.cleaned_data["status"], note=form.cleaned_data["note"])
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The corrective action is now: %(status)s.")
                         % {"status": action.get_status_display()})
    return redirect(action.get_absolute_url())


@login_required
@require_POST
@with_action
def capa_effectiveness(request: HttpRequest, action: CorrectiveAction) -> HttpResponse:
    form = CapaEffectivenessForm(request.POST)
    if not form.is_valid():
        refused(request, form)
        return redirect(action.get_absolute_url())
    try:
        corrective_action_effectiveness_record(
            action=action, actor=request.user, note=form.cleaned_data["note"],
            effective=form.cleaned_data["result"] == CorrectiveAction.Result.EFFECTIVE)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The effectiveness check is recorded."))
    return redirect(action.get_absolute_url())
