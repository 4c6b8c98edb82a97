from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Proposal(models.Model):
    """A solution offered to the customer, with alternatives they may choose instead.

    ``chosen_option`` is 0 for the solution itself, n for the n-th alternative.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the customer")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    complaint = models.ForeignKey("complaints.Complaint", on_delete=models.CASCADE, related_name="proposals")
    text = models.TextField(_("solution"), max_length=5000)
    alternatives = models.JSONField(_("alternatives"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    chosen_option = models.PositiveSmallIntegerField(null=True, blank=True)
    answer_reason = models.TextField(_("customer's reason"), max_length=2000, blank=True)
    answered_by_customer = models.BooleanField(default=False)
    answered_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("solution proposal")
        verbose_name_plural = _("solution proposals")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["pending", "accepted", "rejected"]),
                                   name="proposal_status_valid"),
        ]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def options(self) -> list[str]:
        return [self.text, *self.alternatives]

    @property
    def chosen_text(self) -> str:
        return self.options[self.chosen_option] if self.chosen_option is not None else ""
