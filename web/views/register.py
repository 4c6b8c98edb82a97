"""Register a call, a visit or a letter while the customer waits: one form, one save."""

from collections.abc import Callable

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
from intake.letters import letter_register
from intake.services import complaint_register
from web.forms.register import RegisterCallForm, RegisterLetterForm, service_errors_to_form


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


def classification(form: RegisterCallForm) -> dict:
    """What the staff form says about the complaint besides the customer's own data."""
    data = form.cleaned_data
    return {"fields": form.customer_fields(), "language": data["language"].lower(), "kind": data["kind"],
            "importance": data["importance"], "department": data["department"],
            "cause_category": data["cause_category"], "subject_category": data["subject_category"],
            "script_steps": data["script_steps"], "attachments": data["attachments"]}


def registration_page(request: HttpRequest, *, form_class: type[RegisterCallForm], template: str,
                      register_with: Callable[[RegisterCallForm], Complaint]) -> HttpResponse:
    """Show the form; on a valid POST register through ``register_with`` and go to the new complaint."""
    if request.method == "GET":
        form = form_class()  # the language is detected from the text unless chosen
        return render(request, template, {"form": form})
    form = form_class(request.POST, request.FILES)
    if form.is_valid():
        try:
            complaint = register_with(form)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, registered_message(complaint))
            return redirect(page_after_registration(user=request.user, complaint=complaint))
    return render(request, template, {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def register(request: HttpRequest) -> HttpResponse:
    def call(form: RegisterCallForm) -> Complaint:
        return complaint_register(channel=form.cleaned_data["channel"], registered_by=request.user,
                                  **classification(form))

    return registration_page(request, form_class=RegisterCallForm, template="web/register.html", register_with=call)


@login_required
@require_http_methods(["GET", "POST"])
def register_letter(request: HttpRequest) -> HttpResponse:
    def letter(form: RegisterCallForm) -> Complaint:
        return letter_register(scan=form.cleaned_data["scan"], received_on=form.cleaned_data["received_on"],
                               registered_by=request.user, **classification(form))

    return registration_page(request, form_class=RegisterLetterForm, template="web/register_letter.html",
                             register_with=letter)
