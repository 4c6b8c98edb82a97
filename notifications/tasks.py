from django_tasks import task

from .services import email_send


@task()
def email_send_task(*, email_id: int) -> dict:
    """Send one stored e-mail; a retry of an e-mail already sent sends nothing."""
    email = email_send(email_id=email_id)
    return {"email_id": email_id, "status": email.status if email else "missing"}
