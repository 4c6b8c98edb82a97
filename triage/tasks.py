import logging

from django_tasks import task

from .training import triage_model_train

logger = logging.getLogger(__name__)


@task()
def triage_model_train_task(*, slot: str = "") -> dict:
    """Every night: a new triage model from the closed complaints (issue 7: the model improves as they close)."""
    model = triage_model_train()
    logger.info("slot %s: triage model v%d from %d complaints", slot, model.version, model.n_train)
    return {"version": model.version, "n_train": model.n_train}
