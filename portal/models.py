"""What the portal keeps of its own: the submissions of the public form, for flood control."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubmissionAttempt(models.Model):
    """One submission of the public complaint form.

    Only a salted hash of the sender's address is stored, never the address itself;
    rows older than the rate-limit window are deleted every hour.
    """

    address_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = _("submission attempt")
        verbose_name_plural = _("submission attempts")
        indexes = [
            # Counting one address's submissions in the last hour.
            models.Index(fields=["address_hash", "created_at"], name="portal_attempt_address_idx"),
            # Deleting the expired rows of every address.
            models.Index(fields=["created_at"], name="portal_attempt_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.address_hash[:12]}… {self.created_at:%Y-%m-%d %H:%M}"
