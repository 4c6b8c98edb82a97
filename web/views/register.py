"""Register a call or visit while talking to the customer: one form, one save."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.models import User
from accounts.permissions import complaint_visible
from complaintdesk.errors import DomainError
from complaints.choices import HANDED_OFF_TO, Kind
from complaints.models import Complaint
from intake.services import complaint_register
from web.forms.register import RegisterCallForm, service_errors_to_form


def registered_message(complaint: Complaint) -> str:
    if complaint.kind == Kind.COMPLAINT:
        return _("Complaint %(number)s is registered. Give the customer this number.") % {
            "number": complaint.tracking_number}
    return _("%(number)s is registered as “%(kind)s”. %(handed_off)s.") % {
        "number": complaint.tracking_number, "kind": complaint.get_kind_display(),
        "handed_off": HANDED_OFF_TO[complaint.hand_off_to]}


def page_after_registration(*, user: User, complaint: Complaint) -> str:
    """The new complaint's page, or the queue when it went to a department the user does not see."""
    return complaint.get_absolute_url() if complaint_visible(user, complaint) else reverse("web:queue")


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        form = RegisterCallForm()
        return render(request, "web/register.html", {"form": form})
    form = RegisterCallForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            complaint = complaint_register(
                channel=data["channel"], fields=form.customer_fields(), registered_by=request.user,
                language=data["language"].lower(), kind=data["kind"], importance=data["importance"],
                department=data["department"], cause_category=data["cause_category"],
                subject_category=data["subject_category"], script_steps=data["script_steps"],
                attachments=data["attachments"],
            )
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, registered_message(complaint))
            return redirect(page_after_registration(user=request.user, complaint=complaint))
    return render(request, "web/register.html", {"form": form})
