from django.contrib import admin

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import Survey


@admin.register(Survey)
class SurveyAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Follow-up surveys, view-only: sent by the periodic job and answered by the customer."""

    list_display = ("complaint", "language", "sent_at", "answered_at", "solved", "handling_score",
                    "keeps_working", "recommend_score")
    list_filter = ("solved", "keeps_working", "language")
    list_select_related = ("complaint",)
    search_fields = ("complaint__tracking_number",)
    ordering = ("-sent_at", "-id")
    exclude = ("token_hash",)
