from django_tasks import task

from .services import submission_attempts_expire


@task()
def submission_attempts_expire_task(*, slot: str = "") -> dict:
    """Every hour: the public form's submission counts older than the rate window are deleted."""
    return {"deleted": submission_attempts_expire()}
