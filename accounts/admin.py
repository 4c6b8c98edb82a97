from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User

_ROLE_FIELDS = ("role", "department", "phone", "language", "languages", "time_zone")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    """Django's user admin plus the complaint-handling role, department and phone."""

    fieldsets = (
        *DjangoUserAdmin.fieldsets,
        (_("Role in complaint handling"), {"fields": _ROLE_FIELDS}),
    )
    add_fieldsets = (
        *DjangoUserAdmin.add_fieldsets,
        (_("Role in complaint handling"), {"fields": ("first_name", "last_name", "email", *_ROLE_FIELDS)}),
    )
    list_display = ("username", "first_name", "last_name", "role", "department", "phone", "is_active", "is_staff")
    list_filter = ("role", "department", "is_active", "is_staff", "is_superuser")
    list_select_related = ("department",)
    search_fields = ("username", "first_name", "last_name", "email", "phone")
    autocomplete_fields = ("department",)
