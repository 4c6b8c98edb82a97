from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = _("Webhooks")

    def ready(self) -> None:
        from complaintdesk.reference_data import reference_models_watch

        from .models import WebhookSubscription

        reference_models_watch(WebhookSubscription)
