"""The weekly summary's one filter: which department, for those who read the whole company's."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .queue import any_choice, department_choices


class WeeklyFilterForm(forms.Form):
    department = forms.TypedChoiceField(label=_("Department"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["department"].choices = any_choice(_("The whole company"), department_choices())

    def department_id(self) -> int | None:
        return self.cleaned_data.get("department") if self.is_valid() else None
