from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from accounts.models import User
        from complaintdesk.reference_data import PEOPLE, reference_models_watch

        from .models import ApiToken

        # A token is kept with its employee (``api_token_authenticate``): a change of either is seen at once.
        reference_models_watch(ApiToken, User, scope=PEOPLE)
