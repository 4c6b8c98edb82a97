"""Outgoing e-mail: each message is a row, rendered once and sent at most once."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Email(models.Model):
    """One outgoing e-mail, stored fully rendered so a retry sends exactly the same message.

    ``key`` names what the e-mail is about (e.g. ``reminder:<complaint>:<point>:<due>``):
    queueing the same key again returns this row, so a repeated job never mails twice.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    key = models.CharField(_("key"), max_length=200, unique=True)
    to = models.JSONField(_("to"), default=list)
    subject = models.CharField(_("subject"), max_length=500)
    text = models.TextField(_("plain text"))
    html = models.TextField(_("HTML"))
    language = models.CharField(_("language"), max_length=8)
    complaint = models.ForeignKey(
        "complaints.Complaint", verbose_name=_("complaint"), on_delete=models.CASCADE, null=True, blank=True,
        related_name="emails",
    )
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"))
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=["queued", "sent", "failed"]), name="email_status_valid"),
            models.CheckConstraint(condition=~Q(status="sent") | Q(sent_at__isnull=False), name="email_sent_has_time"),
        ]
        indexes = [
            # The admin lists newest first; unsent mail is the part anyone looks for.
            models.Index(fields=["created_at", "id"], name="email_created_idx"),
            models.Index(fields=["created_at", "id"], name="email_unsent_idx", condition=~Q(status="sent")),
        ]

    def __str__(self) -> str:
        return self.subject


class EmailAttachment(models.Model):
    """A file sent with an e-mail (e.g. the monthly report's PDF), stored with it so a retry sends the same."""

    email = models.ForeignKey(Email, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("content type"), max_length=100)
    content = models.BinaryField(_("content"))

    class Meta:
        verbose_name = _("e-mail attachment")
        verbose_name_plural = _("e-mail attachments")

    def __str__(self) -> str:
        return self.filename
