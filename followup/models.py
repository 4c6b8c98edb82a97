"""The follow-up survey sent after closing, and the customer's answers (PRODUCT.md, Resolution and restoring trust)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class KeepsWorking(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNDECIDED = "undecided", _("Undecided")


class Survey(models.Model):
    """One per complaint: the link's token (kept only as a hash), when it was sent, and the answers.

    The answers are plain fields so that reports can count them without parsing anything.
    """

    KeepsWorking = KeepsWorking

    complaint = models.OneToOneField(
        "complaints.Complaint", verbose_name=_("complaint"), on_delete=models.CASCADE, related_name="survey"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=8)
    sent_at = models.DateTimeField(_("sent at"))
    expires_at = models.DateTimeField(_("link valid until"))
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    solved = models.BooleanField(_("problem really solved"), null=True, blank=True)
    handling_score = models.PositiveSmallIntegerField(_("satisfaction with the handling (1–5)"), null=True, blank=True)
    keeps_working = models.CharField(_("will keep working with us"), max_length=16, choices=KeepsWorking.choices,
                                     blank=True)
    recommend_score = models.PositiveSmallIntegerField(_("likelihood to recommend (0–10)"), null=True, blank=True)
    comment = models.TextField(_("comment"), max_length=4000, blank=True)

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        constraints = [
            models.CheckConstraint(
                condition=Q(handling_score__isnull=True) | Q(handling_score__gte=1, handling_score__lte=5),
                name="survey_handling_score_range"),
            models.CheckConstraint(condition=Q(recommend_score__isnull=True) | Q(recommend_score__lte=10),
                                   name="survey_recommend_score_range"),
            models.CheckConstraint(condition=Q(keeps_working__in=["", *KeepsWorking.values]),
                                   name="survey_keeps_working_valid"),
            models.CheckConstraint(condition=Q(answered_at__isnull=True) | Q(solved__isnull=False),
                                   name="survey_answered_has_solved"),
        ]
        # Reports read answered surveys by the time they were answered.
        indexes = [models.Index(fields=["answered_at"], name="survey_answered_idx",
                                condition=Q(answered_at__isnull=False)),
                   models.Index(fields=["sent_at"], name="survey_sent_idx")]

    def __str__(self) -> str:
        return str(self.complaint)

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
