from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SimilarityConfig(AppConfig):
    name = "similarity"
    verbose_name = _("Similar complaints and systemic problems")
