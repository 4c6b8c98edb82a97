import logging

from django_tasks import task

from .mail.fetch import mailboxes_poll
from .receiving import receipts_register_pending

logger = logging.getLogger(__name__)


@task()
def mailboxes_poll_task(*, slot: str = "") -> dict:
    """Every minute: unread e-mail of the active mailboxes becomes complaints or joins them."""
    taken = mailboxes_poll()
    if taken:
        logger.info("slot %s: %d e-mails taken in", slot, taken)
    return {"taken": taken}


@task()
def receipts_sweep_task(*, slot: str = "") -> dict:
    """Every minute: received complaints whose registration broke off are tried again."""
    return {"registered": receipts_register_pending()}
