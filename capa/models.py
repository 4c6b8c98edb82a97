"""Corrective actions: removing the cause of one or several complaints so they do not recur.

The *correction* fixes one customer's case (the complaint's own solution, ``resolution``);
a *corrective action* removes the cause behind it and is checked later for effectiveness.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class CorrectiveAction(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        CANCELLED = "cancelled", _("Cancelled")

    class Result(models.TextChoices):
        EFFECTIVE = "effective", _("Effective")
        NOT_EFFECTIVE = "not_effective", _("Not effective")

    complaints = models.ManyToManyField("complaints.Complaint", verbose_name=_("complaints"),
                                        related_name="corrective_actions")
    cause = models.TextField(_("cause to remove"), max_length=5000)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("owner"), on_delete=models.PROTECT,
                              related_name="corrective_actions")
    due_on = models.DateField(_("due date"))
    check_on = models.DateField(_("effectiveness check date"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.OPEN)
    customer_text = models.TextField(_("what the customer is told was changed"), max_length=2000, blank=True)
    result = models.CharField(_("result"), max_length=16, choices=Result.choices, blank=True)
    result_note = models.TextField(_("result note"), max_length=5000, blank=True)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("checked by"),
                                   on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("created by"),
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("created at"))
    updated_at = models.DateTimeField(_("updated at"))

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("corrective action")
        verbose_name_plural = _("corrective actions")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["open", "in_progress", "done", "cancelled"]),
                                   name="capa_status_valid"),
            models.CheckConstraint(condition=Q(result__in=["", "effective", "not_effective"]),
                                   name="capa_result_valid"),
            models.CheckConstraint(condition=Q(result="") | Q(status="done"), name="capa_result_only_done"),
        ]
        indexes = [
            models.Index(fields=["check_on"], name="capa_check_due_idx",
                         condition=Q(status="done", result="")),
        ]

    def __str__(self) -> str:
        return self.cause[:60]

    def get_absolute_url(self) -> str:
        return reverse("web:capa", kwargs={"action_id": self.pk})

    @property
    def is_active(self) -> bool:
        return self.status in {self.Status.OPEN, self.Status.IN_PROGRESS}

    @property
    def awaits_check(self) -> bool:
        return self.status == self.Status.DONE and not self.result
