from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from complaintdesk.models import TranslatedName


class Department(TranslatedName):
    """A part of the company complaints are about, with its head and responsible people.

    The responsible people are the members with the role "department responsible"
    (PRODUCT.md: "an up-to-date list of the responsible person of each department").
    """

    code = models.SlugField(_("code"), max_length=32, unique=True)
    head = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("head"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="headed_departments",
    )
    receives_unrouted = models.BooleanField(
        _("receives complaints with no department"),
        default=False,
        help_text=_("Complaints from the public form that name no product go here."),
    )
    calendar = models.ForeignKey(
        "deadlines.BusinessCalendar",
        verbose_name=_("business calendar"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("Leave empty to use the company's default calendar."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
