from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from accounts.models import User

from .models import AssignmentRule, Department


class MemberInline(admin.TabularInline):
    """The department's people. Set a member's role here to make them the responsible person.

    New members are added from the user page (department field), where a password is set.
    """

    model = User
    fk_name = "department"
    fields = ("username", "first_name", "last_name", "role", "phone", "is_active")
    readonly_fields = ("username", "first_name", "last_name")
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name = _("member")
    verbose_name_plural = _("members and responsible people")

    def has_add_permission(self, request: HttpRequest, obj: Department | None = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return super().get_queryset(request).order_by("role", "username")


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ("code", "name_en", "name_ru", "name_ka", "head", "receives_unrouted", "is_active")
    list_filter = ("is_active", "receives_unrouted")
    list_select_related = ("head",)
    search_fields = ("code", "name_en", "name_ru", "name_ka")
    autocomplete_fields = ("head",)
    fields = ("code", "name_en", "name_ru", "name_ka", "head", "calendar", "remedy_approval_limit", "receives_unrouted",
              "is_active")
    inlines = [MemberInline]


@admin.register(AssignmentRule)
class AssignmentRuleAdmin(admin.ModelAdmin):
    """Tried from the lowest priority number up at registration; the first that matches applies."""

    list_display = ("priority", "name", "department", "category", "channel", "language", "target_department",
                    "responsible", "is_active")
    list_display_links = ("name",)
    list_editable = ("priority", "is_active")
    list_filter = ("is_active", "target_department", "channel")
    list_select_related = ("department", "category", "target_department", "responsible")
    search_fields = ("name", "language")
    autocomplete_fields = ("department", "category", "target_department", "responsible")
    ordering = ("priority", "id")
    fieldsets = (
        (None, {"fields": ("name", "priority", "is_active")}),
        (_("Conditions (empty means any)"), {"fields": ("department", "category", "channel", "language")}),
        (_("Outcome"), {"fields": ("target_department", "responsible")}),
    )
