"""Staff pages: the similar complaints on a complaint's page (loaded by htmx), and systemic problems for QMS."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from complaintdesk.errors import DomainError, NotFound
from complaints.models import Complaint
from web.views.access import with_complaint

from .alerts import systemic_alert_capa_open
from .selectors import complaint_similarity_panel
from .systemic_selectors import (ALERT_COMPLAINTS_SHOWN, complaint_systemic_alerts, systemic_alert_access,
                                 systemic_alert_complaints, systemic_alert_list, systemic_alerts_visible)

LIST_LIMIT = 200


@login_required
@require_safe
@with_complaint
def similar_panel(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    panel = complaint_similarity_panel(complaint=complaint, user=request.user)
    return render(request, "similarity/_panel.html", {
        "complaint": complaint, "panel": panel, "alerts": complaint_systemic_alerts(complaint=complaint),
        "alerts_visible": systemic_alerts_visible(request.user)})


@login_required
@require_safe
def alert_list(request: HttpRequest) -> HttpResponse:
    if not systemic_alerts_visible(request.user):
        return render(request, "web/not_found.html", {"message": _("This page is for quality management.")},
                      status=404)
    alerts = list(systemic_alert_list(user=request.user)[:LIST_LIMIT])
    return render(request, "similarity/alert_list.html", {"alerts": alerts, "limit": LIST_LIMIT})


@login_required
@require_safe
def alert_detail(request: HttpRequest, alert_id: int) -> HttpResponse:
    try:
        alert = systemic_alert_access(user=request.user, alert_id=alert_id)
    except NotFound as exc:
        return render(request, "web/not_found.html", {"message": exc.message}, status=404)
    complaints = list(systemic_alert_complaints(alert=alert)[:ALERT_COMPLAINTS_SHOWN])
    return render(request, "similarity/alert_detail.html",
                  {"alert": alert, "complaints": complaints, "shown": ALERT_COMPLAINTS_SHOWN})


@login_required
@require_POST
def alert_capa_open(request: HttpRequest, alert_id: int) -> HttpResponse:
    try:
        alert = systemic_alert_access(user=request.user, alert_id=alert_id)
        action = systemic_alert_capa_open(alert=alert, actor=request.user)
    except NotFound as exc:
        return render(request, "web/not_found.html", {"message": exc.message}, status=404)
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("similarity:alert", alert_id=alert_id)
    messages.success(request, _("The corrective action is created for all %(count)d complaints.")
                     % {"count": alert.complaint_count})
    return redirect(action.get_absolute_url())
