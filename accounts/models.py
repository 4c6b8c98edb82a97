from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .validators import validate_time_zone


class User(AbstractUser):
    """An employee. Customers have no account: they reach their complaint by its secret link."""

    class Role(models.TextChoices):
        AGENT = "agent", _("Agent")
        RESPONSIBLE = "responsible", _("Department responsible")
        HEAD = "head", _("Department head")
        QMS = "qms", _("Quality management")
        ADMIN = "admin", _("Administrator")

    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.AGENT)
    department = models.ForeignKey(
        "routing.Department",
        verbose_name=_("department"),
        on_delete=models.PROTECT,
        related_name="members",
        null=True,
        blank=True,
    )
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    language = models.CharField(
        _("interface and e-mail language"), max_length=8, choices=settings.LANGUAGES, default="ru",
    )
    languages = models.JSONField(
        _("languages spoken"), default=list, blank=True,
        help_text=_("Language codes such as ka, ru, en: complaints in these languages may be routed to them."),
    )
    time_zone = models.CharField(
        _("time zone"), max_length=64, blank=True, validators=[validate_time_zone],
        help_text=_("Times are shown in this zone, e.g. Europe/Moscow; empty for the company's."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(condition=Q(role__in=["agent", "responsible", "head", "qms", "admin"]),
                                   name="user_role_valid"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def sees_everything(self) -> bool:
        return self.role in {self.Role.QMS, self.Role.ADMIN} or self.is_superuser
