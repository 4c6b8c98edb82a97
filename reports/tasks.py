"""The monthly report job (``complaintdesk.periodic``: every day at 08:30, sending on the first working day)."""

import logging
from datetime import datetime

from django.utils import timezone
from django_tasks import task

from .delivery import monthly_reports_queue

logger = logging.getLogger(__name__)


@task()
def monthly_reports_send_task(*, slot: str = "") -> dict:
    """E-mail last month's report on the first working day of the month; once per recipient and month."""
    moment = datetime.fromisoformat(slot) if slot else timezone.now()
    queued = monthly_reports_queue(moment=moment)
    logger.info("monthly report for slot %s: %d e-mails queued", slot, len(queued))
    return {"queued": len(queued)}
