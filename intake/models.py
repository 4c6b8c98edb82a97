"""The e-mail channel: the mailboxes we read and every message taken from them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Mailbox(models.Model):
    """An IMAP mailbox whose unread messages become complaints or join them."""

    name = models.CharField(_("name"), max_length=100)
    host = models.CharField(_("host"), max_length=255)
    port = models.PositiveIntegerField(_("port"), default=993)
    username = models.CharField(_("user name"), max_length=255)
    password = models.CharField(_("password"), max_length=255, blank=True)
    folder = models.CharField(_("folder"), max_length=255, default="INBOX")
    use_ssl = models.BooleanField(_("use SSL"), default=True)
    department = models.ForeignKey(
        "routing.Department", verbose_name=_("department"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="+", help_text=_("Complaints from this mailbox go here unless routing says otherwise."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    last_polled_at = models.DateTimeField(_("last polled at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("mailbox")
        verbose_name_plural = _("mailboxes")

    def __str__(self) -> str:
        return self.name


class InboundMessage(models.Model):
    """One message taken from a mailbox: stored in the same transaction as what it did, so it is done once."""

    class Kind(models.TextChoices):
        NEW = "new", _("New complaint")
        REPLY = "reply", _("Reply")
        AUTO = "auto", _("Automatic reply")
        BOUNCE = "bounce", _("Delivery report")
        REFUSED = "refused", _("Could not be registered")

    mailbox = models.ForeignKey(Mailbox, verbose_name=_("mailbox"), on_delete=models.CASCADE,
                                related_name="messages")
    message_id = models.CharField(_("Message-ID"), max_length=500)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    complaint = models.ForeignKey(
        "complaints.Complaint", verbose_name=_("complaint"), on_delete=models.SET_NULL, null=True, blank=True,
        related_name="inbound_messages",
    )
    sender = models.CharField(_("from"), max_length=500, blank=True)
    subject = models.CharField(_("subject"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    received_at = models.DateTimeField(_("received at"))

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("incoming e-mail")
        verbose_name_plural = _("incoming e-mails")
        constraints = [
            models.UniqueConstraint(fields=["mailbox", "message_id"], name="inbound_message_once"),
        ]

    def __str__(self) -> str:
        return self.subject or self.message_id
