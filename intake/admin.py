from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import InboundMessage, Mailbox, Receipt
from .receiving import receipts_register_again


class MailboxForm(forms.ModelForm):
    """The stored password is never shown; left empty, it stays as it was."""

    password = forms.CharField(
        label=_("password"), required=False, widget=forms.PasswordInput(render_value=False),
        help_text=_("Leave empty to keep the stored password."),
    )

    class Meta:
        model = Mailbox
        fields = ["name", "host", "port", "username", "password", "folder", "use_ssl", "department", "is_active"]

    def clean_password(self) -> str:
        return self.cleaned_data["password"] or (self.instance.password if self.instance.pk else "")


@admin.register(Mailbox)
class MailboxAdmin(admin.ModelAdmin):
    form = MailboxForm
    list_display = ["name", "username", "host", "folder", "department", "is_active", "last_polled_at"]
    readonly_fields = ["last_polled_at", "last_error"]


@admin.register(InboundMessage)
class InboundMessageAdmin(admin.ModelAdmin):
    list_display = ["received_at", "mailbox", "kind", "sender", "subject", "complaint"]
    list_filter = ["kind", "mailbox"]
    search_fields = ["message_id", "sender", "subject"]
    raw_id_fields = ["complaint"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Receipt)
class ReceiptAdmin(admin.ModelAdmin):
    """Complaints accepted at once: those that could not be registered wait here, with the reason."""

    list_display = ["tracking_number", "received_at", "channel", "status", "attempts", "complaint", "last_error"]
    list_filter = ["status", "channel"]
    search_fields = ["tracking_number"]
    raw_id_fields = ["complaint", "registered_by"]
    actions = ["register_again"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False  # what a customer sent is never thrown away

    @admin.action(description=_("Register the selected complaints again"))
    def register_again(self, request, queryset) -> None:
        registered = receipts_register_again(receipt_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(request, ngettext("%(count)d complaint registered.", "%(count)d complaints registered.",
                                            registered) % {"count": registered})
