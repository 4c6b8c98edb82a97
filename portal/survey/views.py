"""The follow-up survey page behind the e-mailed link.

Opening the link (GET) only shows the questions: mail scanners open links, so nothing is
answered until the customer sends the form (POST, CSRF-protected). The page speaks the
customer's language; a link that cannot be answered says why.
"""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.views.decorators.http import require_http_methods

from complaintdesk.errors import DomainError
from followup.models import Survey
from followup.selectors import survey_by_token
from followup.services import SurveyRefused, survey_answer_record, survey_answerable

from ..views import secret_link_headers
from .forms import SurveyAnswerForm

# The one-time thank-you, shown on the page the customer is sent to after answering.
THANKS_SESSION_KEY = "portal_survey_answered"


def refused(request: HttpRequest, error: SurveyRefused) -> HttpResponse:
    status = 404 if error.code == "unknown" else 410
    context = {"message": error.message, "reason": error.code}
    return secret_link_headers(render(request, "portal/survey_refused.html", context, status=status))


def in_survey_language(survey: Survey | None, page: Callable[[], HttpResponse]) -> HttpResponse:
    """The page in the survey's language; an unknown link follows the browser's."""
    if survey is None:
        return page()
    with translation.override(survey.language):
        return page()


@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, token: str) -> HttpResponse:
    known = survey_by_token(token=token)
    return in_survey_language(known, lambda: survey_page(request, token=token, known=known))


def survey_page(request: HttpRequest, *, token: str, known: Survey | None) -> HttpResponse:
    if known is not None and request.session.get(THANKS_SESSION_KEY) == known.pk:
        del request.session[THANKS_SESSION_KEY]
        return secret_link_headers(render(request, "portal/survey_thanks.html", {"survey": known}))
    try:
        current = survey_answerable(token=token, now=timezone.now())
    except SurveyRefused as exc:
        return refused(request, exc)
    form = SurveyAnswerForm(request.POST) if request.method == "POST" else SurveyAnswerForm()
    if form.is_bound and form.is_valid():
        try:
            answered = survey_answer_record(token=token, **form.answers())
        except SurveyRefused as exc:
            return refused(request, exc)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            request.session[THANKS_SESSION_KEY] = answered.pk
            return redirect("portal:survey", token=token)
    context = {"form": form, "survey": current, "complaint": current.complaint, "token": token}
    return secret_link_headers(render(request, "portal/survey.html", context, status=400 if form.is_bound else 200))
