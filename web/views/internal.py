"""Appeal to QMS: any employee raises an internal complaint, from any staff page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from complaintdesk.errors import DomainError
from complaints.choices import Channel, Origin
from intake.services import complaint_register
from web.forms.internal import InternalAppealForm
from web.forms.register import service_errors_to_form

from .register import page_after_registration


@login_required
@require_http_methods(["GET", "POST"])
def internal_appeal(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return render(request, "web/internal.html", {"form": InternalAppealForm()})
    form = InternalAppealForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data
        try:
            complaint = complaint_register(
                channel=Channel.INTERNAL, origin=Origin.INTERNAL, fields=form.customer_fields(),
                registered_by=request.user,
                importance=data["importance"], department=data["department"], attachments=data["attachments"],
            )
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(request, _("Your appeal to QMS is registered as %(number)s.") % {
                "number": complaint.tracking_number})
            return redirect(page_after_registration(user=request.user, complaint=complaint))
    return render(request, "web/internal.html", {"form": form})
