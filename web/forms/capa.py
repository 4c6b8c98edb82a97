"""Forms of the corrective-action pages: they only parse; ``capa.services`` decides."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from capa.models import CorrectiveAction

Status = CorrectiveAction.Status
DATE_WIDGET = {"attrs": {"type": "date"}, "format": "%Y-%m-%d"}


class OwnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return f"{obj} · {obj.department.name}" if obj.department else str(obj)


class CapaCreateForm(forms.Form):
    complaint = forms.MultipleChoiceField(widget=forms.MultipleHiddenInput, required=False)
    cause = forms.CharField(
        label=_("Cause to remove"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The cause behind these complaints that this action removes so that they do not happen again."),
    )
    owner = OwnerChoiceField(label=_("Owner"), queryset=User.objects.none(),
                             help_text=_("The employee who sees the action through."))
    due_on = forms.DateField(label=_("Due date"), widget=forms.DateInput(**DATE_WIDGET))
    check_on = forms.DateField(label=_("Check its effectiveness on"), widget=forms.DateInput(**DATE_WIDGET),
                               help_text=_("The day to check whether such complaints have stopped."))
    customer_text = forms.CharField(
        label=_("What the customer is told was changed"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the status page of every linked complaint. Leave empty to tell the customers nothing."),
    )

    def __init__(self, *args, numbers: list[str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["complaint"].choices = [(n, n) for n in numbers]
        self.fields["owner"].queryset = (User.objects.filter(is_active=True).select_related("department")
                                         .order_by("first_name", "last_name", "username"))


class CapaStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    note = forms.CharField(label=_("Note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, allowed: list[str] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if allowed is not None:
            self.fields["status"].choices = [(v, label) for v, label in Status.choices if v in allowed]


class CapaEffectivenessForm(forms.Form):
    result = forms.ChoiceField(label=_("Result of the check"), widget=forms.RadioSelect,
                               choices=CorrectiveAction.Result.choices)
    note = forms.CharField(label=_("What the check showed"), max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3}))


class CapaFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("", _("Any status")), *Status.choices])
    check_overdue = forms.BooleanField(label=_("Effectiveness check overdue"), required=False)
