"""Admin building blocks shared by the domain packages."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class ReadOnlyAdminMixin:
    """View-only admin: records that change only through services (complaints, proposals, audit).

    The admin is an interface like any other: a state change made here would skip the
    timeline entry and the audit record that the services write with it.
    """

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyTabularInline(ReadOnlyAdminMixin, admin.TabularInline):
    extra = 0
    show_change_link = False


admin.site.site_header = _("complaintdesk administration")
admin.site.site_title = _("complaintdesk administration")
admin.site.index_title = _("Departments, categories, users and records")
