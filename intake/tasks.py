import logging

from django_tasks import task

from complaintdesk.reference_data import reference_data_kept

from .mail.fetch import mailboxes_poll
from .receiving import receipt_register, receipts_register_pending

logger = logging.getLogger(__name__)


@task()
def mailboxes_poll_task(*, slot: str = "") -> dict:
    """Every minute: unread e-mail of the active mailboxes becomes complaints or joins them."""
    taken = mailboxes_poll()
    if taken:
        logger.info("slot %s: %d e-mails taken in", slot, taken)
    return {"taken": taken}


@task()
def receipt_register_task(*, receipt_id: int) -> dict:
    """A complaint accepted a moment ago (``intake.receiving``) is registered."""
    with reference_data_kept():  # the worker's process keeps the rules from one receipt to the next
        receipt = receipt_register(receipt_id=receipt_id)
    return {"status": receipt.status if receipt else "", "number": receipt.tracking_number if receipt else ""}


@task()
def receipts_sweep_task(*, slot: str = "") -> dict:
    """Every minute: received complaints whose own task did not register them are registered now."""
    return {"registered": receipts_register_pending()}
