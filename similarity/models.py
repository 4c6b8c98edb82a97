"""The similarity index (signatures and keys) and systemic problems (rules and alerts)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _


class ComplaintSignature(models.Model):
    """A complaint's MinHash signature (``similarity.minhash``): candidates are scored without reading their text."""

    complaint = models.OneToOneField("complaints.Complaint", on_delete=models.CASCADE, primary_key=True,
                                     related_name="+")
    signature = models.BinaryField()
    # The customer keys written with it, so a re-index deletes exactly the rows it wrote (``similarity.keys``).
    customer_keys = models.JSONField(default=list, blank=True)


class SimilarityKey(models.Model):
    """One row per LSH band key and per customer key of a complaint: the index similar complaints are found by.

    The primary key (key, created_at, complaint) is the only index: "the newest rows with this key"
    is a backward range scan of it that reads the row count asked for, however common the key.
    """

    pk = models.CompositePrimaryKey("key", "created_at", "complaint_id")
    key = models.BigIntegerField()
    created_at = models.DateTimeField()
    # Not indexed on its own (21 million rows at a million complaints): rows are deleted by their keys.
    # No foreign-key constraint either (its check would scan them all): complaints are never deleted, and
    # a row whose complaint is gone drops out where candidates are joined to the complaints.
    complaint = models.ForeignKey("complaints.Complaint", on_delete=models.DO_NOTHING, db_index=False,
                                  db_constraint=False, related_name="+")


class SystemicRule(models.Model):
    """When similar complaints count as a systemic problem: at least N in D days around one scope."""

    class Scope(models.TextChoices):
        SUBJECT = "subject", _("Same product or service category")
        PRODUCT = "product", _("Same product or program name")
        TEXT = "text", _("Similar text, whatever the category")

    name = models.CharField(_("name"), max_length=200)
    scope = models.CharField(_("grouped by"), max_length=16, choices=Scope.choices)
    min_complaints = models.PositiveIntegerField(_("at least this many complaints"), default=5,
                                                 validators=[MinValueValidator(2)])
    days = models.PositiveIntegerField(_("within this many days"), default=7,
                                       validators=[MinValueValidator(1), MaxValueValidator(90)])
    min_similarity = models.DecimalField(
        _("text similarity at least"), max_digits=3, decimal_places=2, default=0.35,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0 to 1: how alike the texts must be (share of common letter sequences). "
                    "0 counts every complaint of the same category or product."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("systemic problem rule")
        verbose_name_plural = _("systemic problem rules")
        constraints = [
            models.CheckConstraint(condition=Q(scope__in=["subject", "product", "text"]),
                                   name="systemic_rule_scope_valid"),
            models.CheckConstraint(condition=Q(min_similarity__gte=0, min_similarity__lte=1),
                                   name="systemic_rule_similarity_valid"),
            models.CheckConstraint(condition=~Q(scope="text") | Q(min_similarity__gt=0),
                                   name="systemic_rule_text_needs_similarity"),
        ]

    def __str__(self) -> str:
        return self.name


class SystemicAlert(models.Model):
    """One cluster of similar complaints found by a rule; it grows while the cluster does."""

    rule = models.ForeignKey(SystemicRule, verbose_name=_("rule"), on_delete=models.PROTECT, related_name="alerts")
    # What the cluster is about: the rule's scope says which of these is set.
    subject_category = models.ForeignKey("complaints.Category", verbose_name=_("product or service"),
                                         on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    product = models.CharField(_("product or program"), max_length=200, blank=True)
    sample = models.ForeignKey("complaints.Complaint", verbose_name=_("latest complaint"), on_delete=models.PROTECT,
                               related_name="+")
    complaints = models.ManyToManyField("complaints.Complaint", verbose_name=_("complaints"),
                                        related_name="systemic_alerts")
    complaint_count = models.PositiveIntegerField(_("complaints"), default=0)
    first_complaint_at = models.DateTimeField(_("first complaint at"))
    last_complaint_at = models.DateTimeField(_("last complaint at"))
    corrective_action = models.ForeignKey("capa.CorrectiveAction", verbose_name=_("corrective action"),
                                          on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    created_at = models.DateTimeField(_("raised at"))
    updated_at = models.DateTimeField(_("updated at"))

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("systemic problem")
        verbose_name_plural = _("systemic problems")
        indexes = [models.Index(fields=["rule", "-last_complaint_at"], name="systemic_alert_rule_recent_idx")]

    def __str__(self) -> str:
        return self.topic

    def get_absolute_url(self) -> str:
        return reverse("similarity:alert", kwargs={"alert_id": self.pk})

    @property
    def topic(self) -> str:
        """The category, the product, or the start of the latest complaint's text, in the viewer's language."""
        if self.subject_category_id:
            return self.subject_category.name
        return self.product or Truncator(self.sample.description).chars(120)
