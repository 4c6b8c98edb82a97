from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from complaintdesk.admin import ReadOnlyAdminMixin, ReadOnlyTabularInline

from .models import Attachment, Category, Complaint, Interaction


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    """The two category trees: by cause, and by product/service (with the department it routes to)."""

    list_display = ("code", "name_en", "name_ru", "name_ka", "dimension", "parent", "department", "is_active")
    list_filter = ("dimension", "is_active", "department")
    list_select_related = ("parent", "department")
    search_fields = ("code", "name_en", "name_ru", "name_ka")
    autocomplete_fields = ("parent", "department")
    fields = ("dimension", "code", "name_en", "name_ru", "name_ka", "parent", "department", "is_active")
    ordering = ("dimension", "parent__code", "code")


class InteractionInline(ReadOnlyTabularInline):
    model = Interaction
    fields = ("created_at", "kind", "actor", "by_customer", "body")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Interaction]:
        return super().get_queryset(request).select_related("actor")


class AttachmentInline(ReadOnlyTabularInline):
    model = Attachment
    fields = ("name", "content_type", "size", "created_at")


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Complaints, view-only: status and timeline change only through the services."""

    list_display = ("tracking_number", "status", "kind", "origin", "channel", "importance", "department",
                    "assignee", "created_at", "due_at")
    list_filter = ("status", "kind", "origin", "channel", "importance", "language", "department")
    list_select_related = ("department", "assignee")
    search_fields = ("tracking_number",)
    search_help_text = "CD-2026-000123"
    ordering = ("-created_at", "-id")
    # Counting a million rows twice per page is wasted work; once is enough.
    show_full_result_count = False
    inlines = [InteractionInline, AttachmentInline]
    # The access token is the customer's secret link: not for display.
    exclude = ("search_text", "access_token")

    def get_search_results(self, request: HttpRequest, queryset: QuerySet[Complaint],
                           search_term: str) -> tuple[QuerySet[Complaint], bool]:
        # An exact match on the unique index; admin's default icontains scans every row.
        term = search_term.strip().upper()
        if not term:
            return queryset, False
        return queryset.filter(tracking_number=term), False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Complaint]:
        return super().get_queryset(request).select_related(
            "department", "assignee", "registered_by", "cause_category", "subject_category"
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in self.model._meta.fields if field.name not in {"id", *self.exclude}]
