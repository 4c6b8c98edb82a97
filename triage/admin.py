from django.contrib import admin

from .models import TriageModel


@admin.register(TriageModel)
class TriageModelAdmin(admin.ModelAdmin):
    """Read-only: a model is made by training (the nightly job or ``complaintdesk triage train``)."""

    list_display = ["version", "trained_at", "n_train", "train_seconds"]
    exclude = ["payload"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("payload")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False
