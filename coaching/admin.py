"""The phrase packs in the admin: every save of a pack or its rules makes a new version."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .checker import pattern_error
from .models import PhrasePack, PhraseRule
from .services import phrase_pack_version_bump
from .selectors import PACK_FIELDS


class PhraseRuleInline(admin.TabularInline):
    model = PhraseRule
    fields = ("category", "severity", "pattern", "negatable", "suggestion", "explanation", "active")
    extra = 1


class PhrasePackForm(forms.ModelForm):
    class Meta:
        model = PhrasePack
        fields = ["language", "name", "active", *PACK_FIELDS]
        widgets = {name: forms.Textarea(attrs={"rows": 2, "cols": 100}) for name in PACK_FIELDS}

    def clean(self) -> dict:
        data = super().clean()
        errors = {name: error for name in PACK_FIELDS if (error := pattern_error(data.get(name) or ""))}
        if errors:
            raise ValidationError(errors)
        language = (data.get("language") or "").strip().lower()
        data["language"] = language
        others = PhrasePack.objects.filter(language=language, active=True).exclude(pk=self.instance.pk)
        if data.get("active") and others.exists():
            raise ValidationError({"active": _("Another pack of this language is active. Deactivate it first.")})
        return data


@admin.register(PhrasePack)
class PhrasePackAdmin(admin.ModelAdmin):
    form = PhrasePackForm
    list_display = ("name", "language", "version", "active", "updated_at")
    list_filter = ("language", "active")
    readonly_fields = ("version", "updated_at")
    inlines = [PhraseRuleInline]

    def save_related(self, request: HttpRequest, form: forms.ModelForm, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        if change:
            phrase_pack_version_bump(pack=form.instance)
