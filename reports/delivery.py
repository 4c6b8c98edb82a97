"""The monthly report by e-mail: the previous month's PDF and a link, to quality management and each head.

The recipients and their scope are those of the weekly summary (QMS the whole company,
a head their department); each reads it in their own language. The e-mail key names the
recipient and the month, so a repeated or retried run sends nobody a second copy.
"""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from deadlines.selectors import deadline_rules
from deadlines.summary_mail import weekly_summary_recipients
from notifications.models import Email
from notifications.services import email_queue

from .document import ReportDocument, report_document
from .exports.pdf import report_pdf
from .exports.files import report_filename
from .period import Period, last_month
from .schedule import is_first_business_day
from .selectors.scope import Scope


def monthly_report_key(*, user_id: int, period: Period) -> str:
    return f"monthly-report:{user_id}:{period.key}"


def report_url(scope: Scope) -> str:
    params = {"month": scope.period.key, **({"department": scope.department.pk} if scope.department else {})}
    return f"{settings.COMPLAINTDESK_BASE_URL.rstrip('/')}{reverse('web:reports')}?{urlencode(params)}"


def monthly_reports_queue(*, moment: datetime, force: bool = False) -> list[Email]:
    """On the first working day of the company's default calendar, queue last month's report for everyone.

    ``force`` sends on any day (the month is still the one before ``moment``'s).
    """
    calendar = deadline_rules().default
    if not force and not is_first_business_day(day=moment.astimezone(calendar.zone).date(), calendar=calendar):
        return []
    period = last_month(now=moment, time_zone=calendar.time_zone)
    recipients = weekly_summary_recipients()
    keys = {user.pk: monthly_report_key(user_id=user.pk, period=period) for user, _department in recipients}
    done = set(Email.objects.filter(key__in=keys.values()).values_list("key", flat=True))
    documents: dict[tuple[int | None, str], tuple[ReportDocument, bytes]] = {}  # one per scope and language
    queued = []
    for user, department in recipients:
        if keys[user.pk] in done:
            continue
        scope = Scope(period=period, department=department)
        cache_key = (scope.department_id, user.language)
        with translation.override(user.language):
            if cache_key not in documents:
                document = report_document(scope=scope)
                documents[cache_key] = (document, report_pdf(document))
            document, pdf = documents[cache_key]
            with transaction.atomic():
                queued.append(email_queue(
                    key=keys[user.pk], to=[user.email], template="reports/email/monthly_report",
                    language=user.language, context={"document": document, "recipient": user,
                                                     "report_url": report_url(scope)},
                    attachments=[(report_filename(scope=scope, file_format="pdf"), pdf, "application/pdf")]))
    return queued
