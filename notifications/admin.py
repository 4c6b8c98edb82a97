from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import Email


@admin.register(Email)
class EmailAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Outgoing e-mail, read-only: what was sent to whom, and why a message did not go out."""

    list_display = ("created_at", "status", "recipients", "subject", "complaint", "attempts", "short_error")
    list_filter = ("status", "language")
    search_fields = ("=key", "subject", "complaint__tracking_number")
    ordering = ("-created_at", "-id")
    show_full_result_count = False
    readonly_fields = ("key", "status", "to", "subject", "language", "complaint", "message_id", "attempts",
                       "last_error", "created_at", "sent_at", "text", "html")
    fields = readonly_fields

    def get_queryset(self, request: HttpRequest) -> QuerySet[Email]:
        return super().get_queryset(request).select_related("complaint")

    @admin.display(description=_("to"))
    def recipients(self, email: Email) -> str:
        return ", ".join(email.to)

    @admin.display(description=_("last error"))
    def short_error(self, email: Email) -> str:
        return email.last_error[:80]
