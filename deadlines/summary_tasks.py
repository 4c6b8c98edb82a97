"""The weekly summary job (``complaintdesk.periodic``: Mondays at 09:00)."""

import logging
from datetime import datetime

from django.utils import timezone
from django_tasks import task

from .summary_mail import weekly_summaries_queue

logger = logging.getLogger(__name__)


@task()
def weekly_summary_send_task(*, slot: str = "") -> dict:
    """E-mail this week's deadline summary to quality management and the department heads.

    The slot decides the week (a run that waited in the queue still reports the week it was
    for); the figures are as of when it runs. Safe to run twice: each recipient gets one per week.
    """
    moment = datetime.fromisoformat(slot) if slot else timezone.now()
    queued = weekly_summaries_queue(moment=moment)
    logger.info("weekly summary for slot %s: %d e-mails queued", slot, len(queued))
    return {"queued": len(queued)}
