import logging

from django.utils import timezone
from django_tasks import task

from .reminders import capa_check_reminders_send

logger = logging.getLogger(__name__)


@task()
def capa_check_reminders_send_task(*, slot: str = "") -> dict:
    """Every morning: remind owners of corrective actions whose effectiveness check is due."""
    sent = capa_check_reminders_send(today=timezone.localdate())
    if sent:
        logger.info("slot %s: %d effectiveness-check reminders queued", slot, sent)
    return {"sent": sent}
