from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from complaintdesk.admin import ReadOnlyAdminMixin

from .models import Proposal, Remedy, RemedyType, RootCause


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


@admin.register(RootCause)
class RootCauseAdmin(admin.ModelAdmin):
    """The configurable list of root causes (PRODUCT.md: find and record the root cause)."""

    list_display = ("code", "name_en", "name_ru", "name_ka", "is_active")
    list_filter = ("is_active",)
    search_fields = ("code", "name_en", "name_ru", "name_ka")


@admin.register(RemedyType)
class RemedyTypeAdmin(admin.ModelAdmin):
    """The catalogue of remedies that may be given to restore trust."""

    list_display = ("code", "name_en", "name_ru", "name_ka", "has_value", "issues_coupon", "is_active")
    list_filter = ("is_active", "has_value", "issues_coupon")
    search_fields = ("code", "name_en", "name_ru", "name_ka")


@admin.register(Remedy)
class RemedyAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Remedies given, view-only: they are recorded only through the services."""

    list_display = ("complaint", "type", "value", "currency", "coupon_code", "approved_by", "created_at")
    list_filter = ("type",)
    list_select_related = ("complaint", "type", "approved_by")
    search_fields = ("complaint__tracking_number", "coupon_code")
