"""The report filters: a month (or any period) and, for those who read the whole company, a department."""

from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from reports.period import Period, last_month, month_parse

from .queue import any_choice, department_choices

MAX_PERIOD_DAYS = 366


class ReportFilterForm(forms.Form):
    month = forms.CharField(label=_("Month"), required=False, max_length=7,
                            widget=forms.TextInput(attrs={"type": "month"}))
    start = forms.DateField(label=pgettext_lazy("period", "or from"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=pgettext_lazy("period", "to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    department = forms.TypedChoiceField(label=_("Department"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, time_zone: str, with_department: bool, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.time_zone = time_zone
        if with_department:
            self.fields["department"].choices = any_choice(_("The whole company"), department_choices())
        else:
            del self.fields["department"]

    def clean_month(self) -> Period | None:
        text = self.cleaned_data.get("month")
        if not text:
            return None
        try:
            return month_parse(text, self.time_zone)
        except ValueError:
            raise forms.ValidationError(_("Enter the month as YYYY-MM, e.g. 2026-03.")) from None

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if bool(start) != bool(end):
            raise forms.ValidationError(_("Give both the first and the last day of the period."))
        if start and end:
            if end < start:
                raise forms.ValidationError(_("The last day must not be before the first."))
            if (end - start).days >= MAX_PERIOD_DAYS:
                raise forms.ValidationError(_("A period may be at most a year long."))
        return data

    def period(self) -> Period:
        """The chosen period; the month before the current one when nothing (valid) is chosen."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("start"):
            return Period(start=data["start"], end=data["end"] + timedelta(days=1), time_zone=self.time_zone)
        return data.get("month") or last_month(now=timezone.now(), time_zone=self.time_zone)

    def department_id(self) -> int | None:
        return self.cleaned_data.get("department") if self.is_valid() else None
