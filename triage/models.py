"""The triage model learned from the company's own closed complaints."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TriageModel(models.Model):
    """One training run: its held-out scores and the fitted classifiers, one per target.

    The classifiers live in the database (not on a disk of one machine), so every web
    process on every machine suggests with the same model; the newest version is current.
    """

    version = models.PositiveIntegerField(_("version"), unique=True)
    trained_at = models.DateTimeField(_("trained at"))
    n_train = models.PositiveIntegerField(_("closed complaints learned from"))
    train_seconds = models.FloatField(_("training time, seconds"))
    # {target: {"accuracy", "macro_f1", "n_train", "n_test", "labels"}} or {target: {"skipped": reason}}
    scores = models.JSONField(_("held-out scores"), default=dict)
    # joblib dump of {target: fitted classifier}; read only when the version changes.
    payload = models.BinaryField()

    class Meta:
        ordering = ["-version"]
        verbose_name = _("triage model")
        verbose_name_plural = _("triage models")

    def __str__(self) -> str:
        return f"v{self.version}"
