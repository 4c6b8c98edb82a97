from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import InboundMessage, Mailbox


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
