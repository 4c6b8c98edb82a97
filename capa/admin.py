from django.contrib import admin

from .models import CorrectiveAction


@admin.register(CorrectiveAction)
class CorrectiveActionAdmin(admin.ModelAdmin):
    """Read-only: corrective actions change through their services, which write the timeline and the audit."""

    list_display = ["id", "cause", "owner", "status", "due_on", "check_on", "result"]
    list_filter = ["status", "result"]
    search_fields = ["cause", "complaints__tracking_number"]
    list_select_related = ["owner"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
