from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import Proposal


@admin.register(Proposal)
class ProposalAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Solution proposals, view-only: they are made and answered only through the services."""

    list_display = ("complaint", "status", "created_by", "created_at", "answered_at", "answered_by_customer")
    list_filter = ("status", "answered_by_customer")
    list_select_related = ("complaint", "created_by")
    search_fields = ("complaint__tracking_number",)
    ordering = ("-created_at", "-id")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Proposal]:
        return super().get_queryset(request).select_related("complaint", "created_by")

    def get_search_results(self, request: HttpRequest, queryset: QuerySet[Proposal],
                           search_term: str) -> tuple[QuerySet[Proposal], bool]:
        term = search_term.strip().upper()
        if not term:
            return queryset, False
        return queryset.filter(complaint__tracking_number=term), False
