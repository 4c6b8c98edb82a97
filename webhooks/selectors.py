from complaintdesk.reference_data import reference_data

from .models import WebhookSubscription


def webhook_subscriptions_matching(*, event: str, department_id: int | None) -> list[WebhookSubscription]:
    """The active subscriptions that want ``event`` for a complaint of ``department_id``: one indexed query.

    The events are a JSON list, filtered here rather than in SQL (SQLite has no JSON containment);
    there are a handful of subscriptions, and usually none. Inside ``reference_data_kept`` (a mail
    poll, an import) they are read once for the batch.
    """
    active = reference_data("webhook_subscriptions_active",
                            lambda: list(WebhookSubscription.objects.filter(is_active=True)))
    return [subscription for subscription in active
            if event in subscription.events and subscription.department_id in (None, department_id)]
