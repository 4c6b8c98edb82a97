"""Transfer or escalate a complaint to another person or department, with a reason (PRODUCT.md: "say why")."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import complaint_visible
from complaintdesk.errors import DomainError
from complaints.models import Complaint
from routing.services import complaint_transfer
from web.forms.transfer import TransferForm

from .access import form_refused, with_complaint


@login_required
@require_POST
@with_complaint
def transfer(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = TransferForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    try:
        moved = complaint_transfer(
            complaint=complaint, actor=request.user, to_department=form.cleaned_data["department"],
            to_user=form.cleaned_data["person"], reason=form.cleaned_data["reason"],
            customer_explanation=form.cleaned_data["customer_explanation"],
        )
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect(complaint.get_absolute_url())
    if moved.assignee_id:
        messages.success(request, _("The complaint is transferred to %(name)s.") % {"name": moved.assignee})
    else:
        messages.success(request, _("The complaint is transferred to the queue of %(department)s.")
                         % {"department": moved.department.name})
    # Handed to another department, it may be out of the sender's sight now.
    if not complaint_visible(request.user, moved):
        return redirect("web:queue")
    return redirect(moved.get_absolute_url())
