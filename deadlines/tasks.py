import logging

from django.utils import timezone
from django_tasks import task

from .services import deadline_breaches_mark, deadline_reminders_send

logger = logging.getLogger(__name__)


@task()
def deadline_reminders_send_task(*, slot: str = "") -> dict:
    """Every five minutes: remind responsibles before their deadlines, then escalate missed ones.

    Uses the time it runs at, not the slot's: a task that waited in the queue still
    judges deadlines by the clock. Safe to run twice or on two workers at once.
    """
    now = timezone.now()
    reminded = deadline_reminders_send(now=now)
    marked = deadline_breaches_mark(now=now)
    if reminded or marked:
        logger.info("slot %s: %d reminders, %d complaints marked overdue", slot, reminded, marked)
    return {"reminded": reminded, "marked_overdue": marked}
