import logging

from django.utils import timezone
from django_tasks import task

from .services import surveys_send

logger = logging.getLogger(__name__)


@task()
def survey_send_task(*, slot: str = "") -> dict:
    """Every 15 minutes: send the follow-up surveys that are due now (the clock's time, not the slot's)."""
    sent = surveys_send(now=timezone.now())
    if sent:
        logger.info("slot %s: %d surveys sent", slot, sent)
    return {"sent": sent}
