import logging

from django_tasks import task

from .services import audit_chain_verify

logger = logging.getLogger(__name__)


@task()
def audit_chain_verify_task(*, slot: str = "") -> dict:
    """Nightly: re-read the whole audit chain; a broken link is logged as an error."""
    broken = audit_chain_verify()
    if broken is not None:
        logger.error("audit chain broken at record %s (slot %s)", broken.pk, slot)
        return {"ok": False, "broken_at": broken.pk}
    return {"ok": True}
