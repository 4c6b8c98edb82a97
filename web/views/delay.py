"""Announce a delay: a new solution date and the reason, told to the customer (``deadline_extend``)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from complaints.models import Complaint
from deadlines.services import deadline_extend
from web.forms.delay import DelayForm

from .access import action_outcome, form_refused, with_complaint


def announced(complaint: Complaint) -> str:
    due = date_format(localtime(complaint.due_at), "j E Y, H:i")
    if complaint.contact_email:
        return _("The delay is announced: the solution is now due %(due)s. The customer is told by e-mail "
                 "and on their status page.") % {"due": due}
    return _("The delay is announced: the solution is now due %(due)s. The customer gave no e-mail: call them, "
             "and they will also see it on their status page.") % {"due": due}


@login_required
@require_POST
@with_complaint
def delay_announce(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    form = DelayForm(request.POST)
    if not form.is_valid():
        return form_refused(request, complaint=complaint, form=form)
    return action_outcome(
        request, complaint=complaint,
        run=lambda: deadline_extend(complaint=complaint, actor=request.user, reason=form.cleaned_data["reason"],
                                    new_due_at=form.cleaned_data["new_date"],
                                    customer_message=form.cleaned_data["customer_message"]),
        success=announced,
    )
