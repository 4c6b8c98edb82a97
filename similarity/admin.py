from django.contrib import admin

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import SystemicAlert, SystemicRule


@admin.register(SystemicRule)
class SystemicRuleAdmin(admin.ModelAdmin):
    """When similar complaints count as a systemic problem: QMS tune N, D and the similarity per scope."""

    list_display = ("name", "scope", "min_complaints", "days", "min_similarity", "is_active")
    list_filter = ("scope", "is_active")
    fields = ("name", "scope", "min_complaints", "days", "min_similarity", "is_active")


@admin.register(SystemicAlert)
class SystemicAlertAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Alerts are raised by the hourly job and linked to a corrective action from their staff page."""

    list_display = ("id", "rule", "subject_category", "product", "complaint_count", "first_complaint_at",
                    "last_complaint_at", "corrective_action")
    list_filter = ("rule",)
    list_select_related = ("rule", "subject_category", "corrective_action")
    exclude = ("complaints",)
    raw_id_fields = ("sample",)
