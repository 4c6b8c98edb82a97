"""The e-mail channel: the mailboxes we read and every message taken from them."""

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
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


class Receipt(models.Model):
    """A complaint accepted at once, with its number and secret link, and registered by the worker.

    Used where answering fast matters: an API client that asks for an asynchronous answer
    (``Prefer: respond-async``), and the public form when ``COMPLAINTDESK_PORTAL_RECEIPTS`` is on.
    What the customer sent is checked like a registration, then stored here with the time it
    arrived; the worker registers it as if at that time (``intake.receiving``). A receipt is
    never deleted: if registration fails, it stays with the reason, for an employee to act on.
    """

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received, being registered")
        REGISTERED = "registered", _("Registered")
        FAILED = "failed", _("Could not be registered")

    channel = models.CharField(_("channel"), max_length=16)
    fields = models.JSONField(_("what the customer sent"), encoder=DjangoJSONEncoder)
    language = models.CharField(_("language"), max_length=8, blank=True)
    # The page's language when the complaint arrived: the customer's when their text cannot tell.
    page_language = models.CharField(max_length=8, blank=True)
    kind = models.CharField(_("kind"), max_length=16)
    importance = models.CharField(_("importance"), max_length=16, blank=True)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("received by"),
                                      on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    tracking_number = models.CharField(_("tracking number"), max_length=20, unique=True)
    access_token = models.CharField(max_length=64, unique=True, editable=False)
    received_at = models.DateTimeField(_("received at"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED)
    complaint = models.OneToOneField("complaints.Complaint", verbose_name=_("complaint"), on_delete=models.PROTECT,
                                     null=True, blank=True, related_name="receipt")
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name = _("received complaint")
        verbose_name_plural = _("received complaints")
        # The receipts still waiting, oldest first: the workers' queue (only waiting rows are in it).
        indexes = [models.Index(fields=["received_at", "id"], name="intake_receipt_waiting_idx",
                                condition=models.Q(status="received"))]

    def __str__(self) -> str:
        return self.tracking_number
