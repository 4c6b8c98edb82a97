from django_tasks import task

from .attempts import webhook_delivery_send


@task()
def webhook_delivery_send_task(*, delivery_id: int) -> dict:
    """POST one stored delivery; a run for a delivery already delivered, or being sent, sends nothing."""
    delivery = webhook_delivery_send(delivery_id=delivery_id)
    return {"delivery_id": delivery_id, "status": delivery.status if delivery else "missing"}
