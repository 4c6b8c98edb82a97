"""Forms of the import pages: the file, and the field each of its columns goes to."""

from django import forms
from django.utils.translation import gettext_lazy as _

from complaints.choices import Channel
from intake.importing.columns import TARGETS

from .language import LANGUAGE_CODE_VALIDATOR, language_datalist_attrs


class ImportUploadForm(forms.Form):
    file = forms.FileField(label=_("File"), help_text=_("CSV or XLSX; the first row names the columns."),
                           widget=forms.ClearableFileInput(attrs={"accept": ".csv,.txt,.xlsx"}))


def target_choices() -> list[tuple[str, str]]:
    return [("", _("— ignore this column —")), *((target.key, target.label) for target in TARGETS)]


class ImportMappingForm(forms.Form):
    """One choice per column of the file, in the file's order (``column_0``, ``column_1``, …)."""

    default_channel = forms.ChoiceField(label=_("Channel when a row names none"), choices=Channel.choices)
    default_language = forms.CharField(label=_("Customer's language when a row names none"), max_length=8,
                                       validators=[LANGUAGE_CODE_VALIDATOR],
                                       widget=forms.TextInput(attrs=language_datalist_attrs()))

    def __init__(self, *args, headers: list[str], samples: list[list[str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.headers = headers
        self.samples = samples
        choices = target_choices()
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(label=header or f"#{index + 1}", choices=choices,
                                                               required=False)

    def columns(self) -> list[tuple[forms.BoundField, list[str]]]:
        """Each column's choice with the first values the file has in it."""
        return [(self[f"column_{index}"], [row[index] if index < len(row) else "" for row in self.samples])
                for index in range(len(self.headers))]

    def mapping(self) -> list[str]:
        return [self.cleaned_data.get(f"column_{index}") or "" for index in range(len(self.headers))]
