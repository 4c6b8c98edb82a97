"""Webhooks in the admin: subscriptions (events as checkboxes, the secret to copy, test ping, new secret)
and the deliveries, read-only, with what the receiver answered and a "retry now"."""

import json

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from complaintdesk.admin import ReadOnlyAdminMixin

from .events import Event
from .models import WebhookDelivery, WebhookSubscription
from .services import webhook_delivery_retry, webhook_ping_send, webhook_secret_rotate


class WebhookSubscriptionForm(forms.ModelForm):
    url = forms.URLField(label=_("target URL"), max_length=500, assume_scheme="https",
                         help_text=_("An http:// or https:// address that accepts a JSON POST."))
    events = forms.MultipleChoiceField(label=_("events"), choices=Event.choices,
                                       widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = WebhookSubscription
        fields = ("name", "url", "events", "department", "is_active")


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    form = WebhookSubscriptionForm
    list_display = ("name", "url", "event_list", "department", "is_active", "created_at")
    list_filter = ("is_active", "department")
    list_select_related = ("department",)
    search_fields = ("name", "url")
    readonly_fields = ("secret", "created_at")
    fields = ("name", "url", "events", "department", "is_active", "secret", "created_at")
    actions = ("ping_send", "secret_rotate")

    @admin.display(description=_("events"))
    def event_list(self, subscription: WebhookSubscription) -> str:
        labels = dict(Event.choices)
        return ", ".join(str(labels.get(event, event)) for event in subscription.events)

    @admin.action(description=_("Send a test ping"))
    def ping_send(self, request: HttpRequest, queryset: QuerySet[WebhookSubscription]) -> None:
        for subscription in queryset:
            webhook_ping_send(subscription=subscription)
        count = len(queryset)
        self.message_user(request, ngettext(
            "A test ping is queued for %(count)d subscription; see the deliveries for the answer.",
            "A test ping is queued for %(count)d subscriptions; see the deliveries for the answers.",
            count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Rotate the signing secret"))
    def secret_rotate(self, request: HttpRequest, queryset: QuerySet[WebhookSubscription]) -> None:
        for subscription in queryset:
            webhook_secret_rotate(subscription=subscription)
        count = len(queryset)
        self.message_user(request, ngettext(
            "A new secret was made for %(count)d subscription; give it to the receiver.",
            "New secrets were made for %(count)d subscriptions; give them to the receivers.",
            count) % {"count": count}, messages.SUCCESS)


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """What was sent to which receiver, what it answered, and when the next attempt is."""

    list_display = ("created_at", "event", "subscription", "complaint", "status", "attempts", "last_status_code",
                    "short_error", "next_attempt_at", "delivered_at")
    list_filter = ("status", "event", "subscription")
    search_fields = ("=event_id", "complaint__tracking_number")
    ordering = ("-created_at", "-id")
    show_full_result_count = False
    readonly_fields = ("subscription", "event", "event_id", "complaint", "status", "attempts", "next_attempt_at",
                       "last_status_code", "last_error", "duration_ms", "created_at", "delivered_at",
                       "payload_shown")
    fields = readonly_fields
    actions = ("retry_now",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[WebhookDelivery]:
        return super().get_queryset(request).select_related("subscription", "complaint")

    @admin.display(description=_("last error"))
    def short_error(self, delivery: WebhookDelivery) -> str:
        return delivery.last_error[:80]

    @admin.display(description=_("payload"))
    def payload_shown(self, delivery: WebhookDelivery) -> str:
        return format_html("<pre>{}</pre>", json.dumps(delivery.payload, ensure_ascii=False, indent=2))

    @admin.action(description=_("Retry now"))
    def retry_now(self, request: HttpRequest, queryset: QuerySet[WebhookDelivery]) -> None:
        queued = sum(webhook_delivery_retry(delivery_id=delivery.pk) for delivery in queryset)
        self.message_user(request, ngettext(
            "%(count)d delivery is queued to be sent again now.",
            "%(count)d deliveries are queued to be sent again now.", queued) % {"count": queued}, messages.SUCCESS)
        skipped = len(queryset) - queued
        if skipped:
            self.message_user(request, ngettext(
                "%(count)d delivery was delivered already and is not sent again.",
                "%(count)d deliveries were delivered already and are not sent again.",
                skipped) % {"count": skipped}, messages.WARNING)
