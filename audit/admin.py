from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import AuditRecord


@admin.register(AuditRecord)
class AuditRecordAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The hash chain, fully read-only: a changed or deleted record would break every hash after it."""

    list_display = ("created_at", "action", "target_type", "target_id", "actor_label", "short_hash")
    list_filter = ("action", "target_type")
    search_fields = ("=target_id", "=hash")
    ordering = ("-id",)
    show_full_result_count = False
    readonly_fields = ("created_at", "action", "actor", "actor_label", "target_type", "target_id", "data",
                       "prev_hash", "hash")

    def get_queryset(self, request: HttpRequest) -> QuerySet[AuditRecord]:
        return super().get_queryset(request).select_related("actor")

    @admin.display(description=_("hash"))
    def short_hash(self, record: AuditRecord) -> str:
        return record.hash[:12]
