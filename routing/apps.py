from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoutingConfig(AppConfig):
    name = "routing"
    verbose_name = _("Routing")

    def ready(self) -> None:
        from complaintdesk.reference_data import reference_models_watch

        from .models import Department, AssignmentRule

        reference_models_watch(Department, AssignmentRule)
