"""Writes of the follow-up survey: send it once after closing, record the answers, reopen when not solved.

PRODUCT.md, Resolution and restoring trust: 24–48 h after closing, in the customer's
working hours and language, once per complaint; "not solved" reopens the complaint under
a new deadline and tells the responsible.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError
from complaints.choices import Status
from complaints.models import Complaint, Interaction
from complaints.services import complaint_lock
from complaints.workflow import Action, transition, transition_allowed
from deadlines.policy import solution_due_at
from deadlines.selectors import DeadlineRules, deadline_rules
from notifications.services import email_queue

from .models import Survey
from .schedule import survey_delay_clamp, survey_send_at
from .selectors import complaints_awaiting_survey, survey_by_token
from .tokens import survey_token_hash, survey_token_new

logger = logging.getLogger(__name__)

SURVEY_LANGUAGES = ("ru", "ka", "en")
SURVEY_VALID_FOR = timedelta(days=30)
# Complaints read per page of the scan; a page is a few kB, and each survey is its own short transaction.
SURVEY_BATCH_SIZE = 200

UNKNOWN_LINK = _("This survey link is not valid. Please check that you copied the whole link from our e-mail.")
EXPIRED_LINK = _("This survey link has expired. If the problem is not solved, please call us.")
ANSWERED_LINK = _("This survey has already been answered. Thank you: your answers are with us.")


class SurveyRefused(DomainError):
    """The link opens no survey that can be answered; ``code`` says why (unknown, expired, answered)."""

    status = 410


def survey_delay() -> timedelta:
    """``COMPLAINTDESK_SURVEY_DELAY_HOURS`` (default 24), held within 24–48 h; read at call time."""
    return survey_delay_clamp(getattr(settings, "COMPLAINTDESK_SURVEY_DELAY_HOURS", 24))


def survey_language(complaint: Complaint) -> str:
    return complaint.language if complaint.language in SURVEY_LANGUAGES else "en"


def surveys_send(*, now: datetime) -> int:
    """Send every survey that is due at ``now``; returns how many were sent. Safe to run twice or concurrently."""
    delay, rules = survey_delay(), deadline_rules()
    sent, after = 0, None
    while True:
        page = complaints_awaiting_survey(now=now, delay=delay, after=after, limit=SURVEY_BATCH_SIZE)
        for complaint in page:
            send_at = survey_send_at(closed_at=complaint.closed_at, delay=delay,
                                     calendar=rules.calendar_for(complaint.department_id))
            if send_at <= now and survey_send(complaint=complaint, now=now, rules=rules) is not None:
                sent += 1
        if len(page) < SURVEY_BATCH_SIZE:
            return sent
        after = (page[-1].closed_at, page[-1].pk)


@transaction.atomic(durable=True)
def survey_send(*, complaint: Complaint, now: datetime, rules: DeadlineRules | None = None) -> Survey | None:
    """Create the complaint's survey and queue its e-mail together, or nothing if it has one already.

    The complaint row is locked and the survey is unique per complaint; the e-mail key
    ``survey:<id>`` makes a second queueing return the first e-mail.
    """
    complaint = complaint_lock(complaint=complaint)
    if complaint.status != Status.CLOSED or not complaint.contact_email:
        return None
    token, language = survey_token_new(), survey_language(complaint)
    try:
        # The unique complaint column is the guard: a retried or concurrent run fails here, in a savepoint.
        with transaction.atomic():
            survey = Survey.objects.create(complaint=complaint, token_hash=survey_token_hash(token), language=language,
                                           sent_at=now, expires_at=now + SURVEY_VALID_FOR)
    except IntegrityError:
        return None
    survey_url = settings.COMPLAINTDESK_BASE_URL.rstrip("/") + reverse("portal:survey", kwargs={"token": token})
    email_queue(key=f"survey:{complaint.pk}", to=[complaint.contact_email], template="followup/email/survey",
                language=language, complaint=complaint,
                context={"complaint": complaint, "survey_url": survey_url, "expires_at": survey.expires_at})
    Interaction.objects.create(complaint=complaint, kind=Interaction.Kind.SURVEY_SENT, created_at=now,
                               data={"survey": survey.pk, "language": language})
    audit_record(action=AuditAction.SURVEY_SENT, target=complaint, actor=None, actor_label="system",
                 data={"survey": survey.pk})
    return survey


def survey_answerable(*, token: str, now: datetime) -> Survey:
    """The survey behind ``token`` if it may still be answered; otherwise ``SurveyRefused`` saying why."""
    survey = survey_by_token(token=token)
    if survey is None:
        raise SurveyRefused(UNKNOWN_LINK, code="unknown")
    if survey.answered_at is not None:
        raise SurveyRefused(ANSWERED_LINK, code="answered")
    if survey.expires_at <= now:
        raise SurveyRefused(EXPIRED_LINK, code="expired")
    return survey


@transaction.atomic(durable=True)
def survey_answer_record(*, token: str, solved: bool, handling_score: int, keeps_working: str,
                         recommend_score: int, comment: str = "") -> Survey:
    """Store the customer's answers once; "not solved" reopens the complaint (``complaint_reopen_by_customer``)."""
    now = timezone.now()
    survey = survey_answerable(token=token, now=now)
    survey = Survey.objects.select_for_update().select_related("complaint").get(pk=survey.pk)
    if survey.answered_at is not None:  # answered by a concurrent request while this one waited for the lock
        raise SurveyRefused(ANSWERED_LINK, code="answered")
    if (handling_score not in range(1, 6) or recommend_score not in range(11)
            or keeps_working not in Survey.KeepsWorking.values):
        raise DomainError(_("Please answer every question."), code="incomplete")
    survey.solved, survey.handling_score, survey.keeps_working = solved, handling_score, keeps_working
    survey.recommend_score, survey.comment, survey.answered_at = recommend_score, comment.strip()[:4000], now
    survey.save(update_fields=["solved", "handling_score", "keeps_working", "recommend_score", "comment",
                               "answered_at"])
    answers = {"survey": survey.pk, "solved": solved, "handling_score": handling_score,
               "keeps_working": keeps_working, "recommend_score": recommend_score}
    Interaction.objects.create(complaint=survey.complaint, kind=Interaction.Kind.SURVEY_ANSWERED, by_customer=True,
                               body=survey.comment, data=answers, created_at=now)
    audit_record(action=AuditAction.SURVEY_ANSWERED, target=survey.complaint, actor=None, actor_label="customer",
                 data=answers)
    if not solved:
        complaint_reopen_by_customer(complaint=survey.complaint, reason=survey.comment, survey=survey)
    return survey


def complaint_reopen_by_customer(*, complaint: Complaint, reason: str, survey: Survey) -> Complaint:
    """The customer says the problem is not solved: back to work under a new deadline, the responsible told.

    Call inside a transaction. A complaint that staff reopened meanwhile is left as it is.
    """
    complaint = complaint_lock(complaint=complaint)
    if not transition_allowed(status=complaint.status, action=Action.REOPEN):
        return complaint
    now = timezone.now()
    complaint.reopen_count += 1
    complaint.closed_at = None
    complaint.overdue_at = None
    complaint.due_at = solution_due_at(registered_at=now, department_id=complaint.department_id, kind=complaint.kind,
                                       origin=complaint.origin, importance=complaint.importance)
    body = reason or str(_("The customer answered in the survey that the problem is not solved."))
    transition(complaint=complaint, action=Action.REOPEN, actor=None, by_customer=True, body=body,
               data={"survey": survey.pk, "due_at": complaint.due_at.isoformat()},
               update_fields=("reopen_count", "overdue_at", "due_at"))
    responsible = complaint.assignee
    if responsible is not None and responsible.email:
        email_queue(key=f"survey-reopened:{complaint.pk}:{survey.pk}", to=[responsible.email],
                    template="followup/email/reopened", language=responsible.language, complaint=complaint,
                    context={"complaint": complaint, "recipient": responsible, "comment": survey.comment,
                             "url": settings.COMPLAINTDESK_BASE_URL.rstrip("/") + complaint.get_absolute_url()})
    return complaint
