from django.db.models import Q

from .models import WebhookSubscription


def webhook_subscriptions_matching(*, event: str, department_id: int | None) -> list[WebhookSubscription]:
    """The active subscriptions that want ``event`` for a complaint of ``department_id``: one indexed query.

    The events are a JSON list, filtered here rather than in SQL (SQLite has no JSON containment);
    there are a handful of subscriptions, and usually none.
    """
    active = WebhookSubscription.objects.filter(is_active=True).filter(
        Q(department__isnull=True) | Q(department_id=department_id))
    return [subscription for subscription in active if event in subscription.events]
