"""The customer's pages: the public complaint form, and the status page behind the secret link.

Customers have no account: the link's token is the only key to their complaint,
so every page that carries it is kept out of referrers, search engines and caches.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods, require_POST

from complaintdesk.errors import DomainError, InvalidTransition, NotFound
from complaints.models import Complaint
from complaints.selectors import complaint_by_token
from intake.models import Receipt
from intake.selectors import receipt_by_token
from resolution.services import proposal_answer

from .addresses import client_address
from .forms import HONEYPOT_FIELD, PortalComplaintForm, ProposalAcceptForm, ProposalRejectForm
from .selectors import complaint_customer_view
from .services import SubmissionRateLimited, SubmissionRefused, portal_complaint_submit

# The one-time "your complaint is registered" notice, shown on the first visit of the status page
# (the session holds the complaint's secret token).
REGISTERED_SESSION_KEY = "portal_registered_complaint"

ACCEPTED_THANKS = _("Thank you. You accepted the solution: we will carry it out and let you know when it is done.")
REJECTED_THANKS = _("Thank you for telling us. We will look for a better solution and propose it to you.")
NOTHING_PENDING = _("There is no proposed solution waiting for your answer. The current state of your "
                    "complaint is shown below.")
CHOOSE_ANSWER = _("Choose whether you accept or reject the proposed solution.")


def secret_link_headers(response: HttpResponse) -> HttpResponse:
    """Keep a page whose address holds the secret token out of referrers, indexes and shared caches."""
    # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on the page's own
    # forms, and CSRF protection refuses the customer's answer. Other sites still get no referrer.
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_http_methods(["GET", "POST"])
def submit(request: HttpRequest) -> HttpResponse:
    form = PortalComplaintForm(request.POST, request.FILES) if request.method == "POST" else PortalComplaintForm()
    if form.is_bound and form.is_valid():
        try:
            complaint = portal_complaint_submit(
                address=client_address(request), honeypot=form.cleaned_data[HONEYPOT_FIELD],
                fields=form.customer_fields(),
                attachments=form.cleaned_data["attachments"],
            )
        except SubmissionRateLimited as exc:
            # The customer's own text is given back, so that nothing typed is lost.
            context = {"message": exc.message, "description": form.cleaned_data["description"]}
            response = render(request, "portal/rate_limited.html", context, status=exc.status)
            response["Retry-After"] = str(exc.retry_after)
            return response
        except SubmissionRefused as exc:
            # Neutral, and the form comes back filled in without the trap field: a person whose
            # browser filled the hidden field by mistake only has to send it again.
            data = request.POST.copy()
            data[HONEYPOT_FIELD] = ""
            messages.error(request, exc.message)
            return render(request, "portal/submit.html", {"form": PortalComplaintForm(data)}, status=exc.status)
        except ValidationError as exc:
            form.errors_add(exc)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            if isinstance(complaint, Complaint):  # a receipt's page says it all, and writes no session
                request.session[REGISTERED_SESSION_KEY] = complaint.access_token
            return redirect("portal:track", token=complaint.access_token)
    status = 400 if form.is_bound else 200
    return render(request, "portal/submit.html", {"form": form}, status=status)


def not_found(request: HttpRequest, error: NotFound) -> HttpResponse:
    response = render(request, "portal/not_found.html", {"message": error.message}, status=error.status)
    return secret_link_headers(response)


def track_render(request: HttpRequest, *, complaint: Complaint, accept_form: ProposalAcceptForm | None = None,
                 reject_form: ProposalRejectForm | None = None, status: int = 200) -> HttpResponse:
    registered_link = ""
    if request.session.get(REGISTERED_SESSION_KEY) == complaint.access_token:
        del request.session[REGISTERED_SESSION_KEY]
        registered_link = request.build_absolute_uri(
            reverse("portal:track", kwargs={"token": complaint.access_token})
        )
    context = {
        "view": complaint_customer_view(complaint=complaint),
        "accept_form": accept_form or ProposalAcceptForm(),
        "reject_form": reject_form or ProposalRejectForm(),
        "registered_link": registered_link,
    }
    return secret_link_headers(render(request, "portal/track.html", context, status=status))


@require_http_methods(["GET"])
def track(request: HttpRequest, token: str) -> HttpResponse:
    try:
        complaint = complaint_by_token(token=token)
    except NotFound as exc:
        receipt = receipt_by_token(token=token)  # received a moment ago, being registered
        if receipt is None:
            return not_found(request, exc)
        context = {"receipt": receipt, "failed": receipt.status == Receipt.Status.FAILED}
        return secret_link_headers(render(request, "portal/received.html", context))
    return track_render(request, complaint=complaint)


@require_POST
def answer(request: HttpRequest, token: str) -> HttpResponse:
    """Accept (choosing one option) or reject the pending proposal, through the secret link."""
    try:
        complaint = complaint_by_token(token=token)
    except NotFound as exc:
        return not_found(request, exc)
    decision = request.POST.get("decision")
    if decision not in ("accept", "reject"):
        messages.error(request, CHOOSE_ANSWER)
        return redirect("portal:track", token=complaint.access_token)
    accept = decision == "accept"
    form = ProposalAcceptForm(request.POST) if accept else ProposalRejectForm(request.POST)
    if not form.is_valid():
        forms = {"accept_form": form} if accept else {"reject_form": form}
        return track_render(request, complaint=complaint, status=400, **forms)
    try:
        proposal_answer(complaint=complaint, accept=accept, option=form.cleaned_data.get("option", 0),
                        reason=form.cleaned_data.get("reason", ""), actor=None)
    except InvalidTransition:
        # The complaint is no longer waiting for an answer (answered twice, or withdrawn):
        # say so in the customer's terms rather than the state machine's.
        messages.error(request, NOTHING_PENDING)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, ACCEPTED_THANKS if accept else REJECTED_THANKS)
    return redirect("portal:track", token=complaint.access_token)
