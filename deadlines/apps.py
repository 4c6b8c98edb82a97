from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DeadlinesConfig(AppConfig):
    name = "deadlines"
    verbose_name = _("Deadlines")

    def ready(self) -> None:
        from complaintdesk.reference_data import reference_models_watch

        from .models import BusinessCalendar, CalendarDay, DeadlinePolicy

        reference_models_watch(BusinessCalendar, CalendarDay, DeadlinePolicy)
