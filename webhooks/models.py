"""Webhook subscriptions (who wants which events) and deliveries (one POST per event and subscription)."""

import secrets

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .events import PING, Event


def secret_new() -> str:
    return secrets.token_urlsafe(32)


def events_validate(value: object) -> None:
    if not isinstance(value, list) or not value or not set(value) <= set(Event.values):
        raise ValidationError(_("Choose one or more of the listed events."), code="invalid_events")


class WebhookSubscription(models.Model):
    """An integration that is told, by an HTTP POST signed with ``secret``, about the events it chose."""

    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("target URL"), max_length=500,
                          validators=[URLValidator(schemes=["http", "https"])],
                          help_text=_("An http:// or https:// address that accepts a JSON POST."))
    secret = models.CharField(_("signing secret"), max_length=64, default=secret_new, editable=False)
    events = models.JSONField(_("events"), default=list, validators=[events_validate])
    department = models.ForeignKey(
        "routing.Department", verbose_name=_("department"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", help_text=_("Only complaints of this department; empty for all departments."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, editable=False)

    class Meta:
        ordering = ["name", "id"]
        verbose_name = _("webhook subscription")
        verbose_name_plural = _("webhook subscriptions")
        indexes = [
            # Every change of every complaint asks for the active subscriptions: usually none.
            models.Index(fields=["id"], name="webhook_sub_active_idx", condition=Q(is_active=True)),
        ]

    def __str__(self) -> str:
        return self.name


class WebhookDelivery(models.Model):
    """One event sent to one subscription: the payload is fixed when the event happens, retries resend it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed, will retry")
        GAVE_UP = "gave_up", _("Gave up")

    EVENTS = [*Event.choices, (PING, _("Test ping"))]

    subscription = models.ForeignKey(WebhookSubscription, verbose_name=_("subscription"),
                                     on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(_("event"), max_length=16, choices=EVENTS)
    event_id = models.CharField(_("event id"), max_length=64)
    complaint = models.ForeignKey("complaints.Complaint", verbose_name=_("complaint"), on_delete=models.CASCADE,
                                  null=True, blank=True, related_name="+")
    payload = models.JSONField(_("payload"))
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Not before this moment: the next retry, or the end of the attempt in flight.
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    last_status_code = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    duration_ms = models.PositiveIntegerField(_("duration, ms"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        constraints = [
            # The same event emitted twice (a retried transaction, a duplicate call) is sent once.
            models.UniqueConstraint(fields=["subscription", "event_id"], name="webhook_delivery_event_once"),
            models.CheckConstraint(condition=Q(status__in=["pending", "delivered", "failed", "gave_up"]),
                                   name="webhook_delivery_status_valid"),
            models.CheckConstraint(condition=~Q(status="delivered") | Q(delivered_at__isnull=False),
                                   name="webhook_delivery_delivered_has_time"),
        ]
        indexes = [
            models.Index(fields=["created_at", "id"], name="webhook_delivery_created_idx"),
            models.Index(fields=["created_at", "id"], name="webhook_undelivered_idx",
                         condition=~Q(status="delivered")),
        ]

    def __str__(self) -> str:
        return f"{self.event} → {self.subscription}"
