from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from complaintdesk.models import TranslatedName


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


class RootCause(TranslatedName):
    """Why the complaint happened (PRODUCT.md: "find and record the root cause"); managed in the admin."""

    NOT_ESTABLISHED = "not_established"

    code = models.SlugField(_("code"), max_length=32, unique=True)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("root cause")
        verbose_name_plural = _("root causes")


class RemedyType(TranslatedName):
    """What may be given to restore trust (PRODUCT.md, Resolution and restoring trust)."""

    COUPON = "coupon"

    code = models.SlugField(_("code"), max_length=32, unique=True)
    has_value = models.BooleanField(
        _("has a monetary value"), default=True,
        help_text=_("Leave unticked for an apology or a guarantee: their value is always zero."))
    issues_coupon = models.BooleanField(
        _("issues a coupon code"), default=False,
        help_text=_("A unique code is generated and shown to the customer."))
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("remedy type")
        verbose_name_plural = _("remedy types")


class Remedy(models.Model):
    """A remedy given to the customer on one complaint, its value and who approved it."""

    complaint = models.ForeignKey("complaints.Complaint", on_delete=models.CASCADE, related_name="remedies")
    type = models.ForeignKey(RemedyType, verbose_name=_("remedy"), on_delete=models.PROTECT, related_name="+")
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2, default=Decimal(0))
    currency = models.CharField(_("currency"), max_length=3)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    coupon_code = models.CharField(_("coupon code"), max_length=32, null=True, blank=True, unique=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("approved by"),
                                    on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("remedy")
        verbose_name_plural = _("remedies")
        constraints = [
            models.CheckConstraint(condition=Q(value__gte=0), name="remedy_value_not_negative"),
        ]
        indexes = [models.Index(fields=["created_at"], name="remedy_created_idx")]  # reports, by period

    def __str__(self) -> str:
        return f"{self.type} {self.value} {self.currency}"
