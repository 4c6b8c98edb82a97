"""The report jobs (``complaintdesk.periodic``): the monthly e-mail, and the nightly recount of month figures."""

import logging
from datetime import datetime

from django.utils import timezone
from django_tasks import task

from deadlines.selectors import deadline_rules

from .delivery import monthly_reports_queue
from .period import last_month
from .selectors.rollup import month_figures_ensure
from .selectors.trends import VALIDITY_TREND_MONTHS

logger = logging.getLogger(__name__)


@task()
def monthly_reports_send_task(*, slot: str = "") -> dict:
    """E-mail last month's report on the first working day of the month; once per recipient and month."""
    moment = datetime.fromisoformat(slot) if slot else timezone.now()
    queued = monthly_reports_queue(moment=moment)
    logger.info("monthly report for slot %s: %d e-mails queued", slot, len(queued))
    return {"queued": len(queued)}


@task()
def month_figures_refresh_task(*, slot: str = "") -> dict:
    """Recount the stored figures of the ended months the trends show, so no reader waits for it."""
    moment = datetime.fromisoformat(slot) if slot else timezone.now()
    month = last_month(now=moment, time_zone=deadline_rules().default.time_zone)
    months = month.months_back(VALIDITY_TREND_MONTHS + 1)
    month_figures_ensure(months=months)
    return {"months": len(months)}
