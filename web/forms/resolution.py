"""Forms of the investigation, the remedies and the closing on the staff complaint page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from complaints.choices import Loyalty, Satisfaction, Validity
from resolution.models import RemedyType, RootCause


class InvestigationForm(forms.Form):
    validity = forms.ChoiceField(label=_("Is the complaint justified?"), choices=Validity.choices,
                                 widget=forms.RadioSelect)
    root_cause = forms.ModelChoiceField(label=_("Root cause"), queryset=RootCause.objects.filter(is_active=True),
                                        empty_label=_("Choose the root cause"))
    note = forms.CharField(label=_("What was found (internal, optional)"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class RemedyForm(forms.Form):
    remedy_type = forms.ModelChoiceField(label=_("Remedy"), queryset=RemedyType.objects.filter(is_active=True),
                                         empty_label=_("Choose the remedy"))
    value = forms.DecimalField(label=_("Value (zero for an apology or a guarantee)"), required=False,
                               min_value=0, max_digits=12, decimal_places=2)
    currency = forms.CharField(label=_("Currency"), required=False, max_length=3,
                               widget=forms.TextInput(attrs={"size": 4}))
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=2000)


DONE, SKIPPED = "done", "skipped"
STEP_CHOICES = [(DONE, _("Done")), (SKIPPED, _("Skipped"))]


class CloseForm(forms.Form):
    """Everything closing asks for; the service names what is missing, so nothing is required here."""

    resolution = forms.CharField(label=_("Resolution: what was done for the customer (the customer sees it)"),
                                 required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    satisfaction = forms.ChoiceField(label=_("Is the customer satisfied with the solution?"), required=False,
                                     choices=Satisfaction.choices, widget=forms.RadioSelect)
    loyalty = forms.ChoiceField(label=_("Will the customer keep working with us?"), required=False,
                                choices=Loyalty.choices, widget=forms.RadioSelect)
    thanked = forms.ChoiceField(label=_("Thanked the customer for raising it (script step 7)"), required=False,
                                choices=STEP_CHOICES, widget=forms.RadioSelect)
    offered = forms.ChoiceField(label=_("Offered a relevant product, service or event (script step 9)"),
                                required=False, choices=STEP_CHOICES, widget=forms.RadioSelect)
    no_remedy = forms.BooleanField(label=_("No remedy was given"), required=False)

    def answers(self) -> dict:
        data = self.cleaned_data
        step = {DONE: True, SKIPPED: False}
        return {"resolution": data["resolution"], "satisfaction": data["satisfaction"],
                "loyalty": data["loyalty"], "thanked": step.get(data["thanked"]),
                "offered": step.get(data["offered"]), "no_remedy": data["no_remedy"]}
