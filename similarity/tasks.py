import logging

from django_tasks import task

from .detection import systemic_alerts_detect

logger = logging.getLogger(__name__)


@task()
def systemic_alerts_detect_task(*, slot: str = "") -> dict:
    """Every hour: clusters of similar complaints raise or grow systemic alerts (``similarity.detection``)."""
    result = systemic_alerts_detect()
    if result.created or result.grown:
        logger.info("slot %s: %d systemic alerts raised, %d grown", slot, len(result.created), len(result.grown))
    return {"created": len(result.created), "grown": len(result.grown)}
