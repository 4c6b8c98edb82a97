"""Registering a call or visit: the customer's data, the classification and the script, in one form."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from coaching.script import ScriptStep
from complaints.choices import CategoryDimension, Channel, Importance, Kind
from complaints.models import Category
from intake.forms import ComplaintDataForm
from routing.models import Department

from .language import LANGUAGE_CODE_VALIDATOR, language_datalist_attrs


class CategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Category) -> str:
        return f"{obj.parent.name} › {obj.name}" if obj.parent_id else obj.name


def category_field(*, dimension: str, label: str) -> CategoryChoiceField:
    return CategoryChoiceField(
        label=label, required=False, empty_label=_("Not chosen yet"),
        queryset=Category.objects.filter(dimension=dimension, is_active=True).select_related("parent"),
    )


def department_field(*, label: str, empty_label: str) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(label=label, required=False, empty_label=empty_label,
                                  queryset=Department.objects.filter(is_active=True).order_by("code"))


def service_errors_to_form(form: forms.BaseForm, error: ValidationError) -> None:
    """Put the service's refusal on the form: on its field where the form has one, else above the form."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        form.add_error(name if name in form.fields else None, errors)


class RegisterCallForm(ComplaintDataForm):
    """What an agent fills in while talking (PRODUCT.md, Registration and the conversation script)."""

    kind = forms.ChoiceField(label=_("Kind of appeal"), choices=Kind.choices, initial=Kind.COMPLAINT,
                             widget=forms.RadioSelect,
                             help_text=_("Objections and interests go to sales, inquiries to support."))
    channel = forms.ChoiceField(label=_("Channel"), initial=Channel.PHONE, widget=forms.RadioSelect,
                                choices=[(Channel.PHONE, Channel.PHONE.label),
                                         (Channel.IN_PERSON, Channel.IN_PERSON.label)])
    importance = forms.ChoiceField(label=_("Importance"), choices=Importance.choices, initial=Importance.NORMAL)
    language = forms.CharField(label=_("Customer's language"), max_length=8, validators=[LANGUAGE_CODE_VALIDATOR],
                               required=False, widget=forms.TextInput(attrs=language_datalist_attrs()),
                               help_text=_("ru, ka, en or another code; left empty, it is detected from the "
                                           "description."))
    department = department_field(label=_("Department"), empty_label=_("Route automatically"))
    cause_category = category_field(dimension=CategoryDimension.CAUSE, label=_("Cause"))
    subject_category = category_field(dimension=CategoryDimension.SUBJECT, label=_("Product or service"))
    script_steps = forms.MultipleChoiceField(label=_("Conversation script"), choices=ScriptStep.choices,
                                             required=False, widget=forms.CheckboxSelectMultiple,
                                             help_text=_("Tick each step as you go."))
    # Not saved: a scratch pad the reply coach reads as the agent types (PRODUCT.md, "What not to say").
    coach_said = forms.CharField(label=_("What you are about to say"), required=False, max_length=10000,
                                 widget=forms.Textarea(attrs={"rows": 3}),
                                 help_text=_("Type it here first: the coach flags what not to say. Not saved."))

    class Meta(ComplaintDataForm.Meta):
        fields = [*ComplaintDataForm.Meta.fields, "contact_address", "account_ref", "performed_by"]
        widgets = {**ComplaintDataForm.Meta.widgets, "performed_by": forms.Textarea(attrs={"rows": 2})}

    CUSTOMER = ("organisation", "contact_name", "contact_position", "contact_phone", "contact_email",
                "contact_address", "account_ref")
    STORY = ("occurred_on", "product", "performed_by", "description", "emotion", "desired_outcome",
             "desired_outcome_detail", "attachments")
    CLASSIFICATION = ("kind", "channel", "importance", "language", "department", "cause_category",
                      "subject_category")

    def fieldset(self, names: tuple[str, ...]) -> list[forms.BoundField]:
        return [self[name] for name in names]

    def customer_part(self) -> list[forms.BoundField]:
        return self.fieldset(self.CUSTOMER)

    def story_part(self) -> list[forms.BoundField]:
        return self.fieldset(self.STORY)

    def classification_part(self) -> list[forms.BoundField]:
        return self.fieldset(self.CLASSIFICATION)


class RegisterLetterForm(RegisterCallForm):
    """A paper letter: the same form as a call, with the scan, the day it came and the sender's address."""

    channel = None
    scan = forms.FileField(label=_("Scan of the letter"), required=False,
                           help_text=_("PDF, JPEG or PNG; required."),
                           widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}))
    received_on = forms.DateField(label=_("Received on"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    CLASSIFICATION = tuple(name for name in RegisterCallForm.CLASSIFICATION if name != "channel")
    LETTER = ("scan", "received_on")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact_address"].label = _("Sender's postal address")

    def clean(self):
        # A letter gives the sender's address (required by the service): a phone or e-mail may be missing.
        return forms.ModelForm.clean(self)

    def letter_part(self) -> list[forms.BoundField]:
        return self.fieldset(self.LETTER)
