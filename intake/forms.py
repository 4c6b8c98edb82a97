"""The registration form shared by the public portal and the staff pages.

Field rules (lengths, phone, e-mail, dates not in the future) live on the model
fields, so the service's ``full_clean`` and these forms refuse the same input.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from complaints.choices import DesiredOutcome
from complaints.models import Complaint

from .attachments import MAX_FILES


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class ComplaintFormMetaclass(forms.models.ModelFormMetaclass):
    """Lets a form class adjust the fields made from the model once, when the class is made.

    Every form deep-copies its class's ``base_fields``; changing the copies in ``__init__`` instead
    (labels, choices) repeated the same work for every submission of the public form.
    """

    def __new__(mcs, name, bases, attrs):
        form_class = super().__new__(mcs, name, bases, attrs)
        form_class.base_fields_adjust(form_class.base_fields)
        return form_class


class ComplaintDataForm(forms.ModelForm, metaclass=ComplaintFormMetaclass):
    """What the customer tells us (PRODUCT.md, Registration)."""

    contact_missing_message = _("Give the customer's phone number or e-mail, so that they can be answered.")

    attachments = MultipleFileField(
        label=_("Attachments"),
        help_text=ngettext_lazy("Up to %(n)d file: a document, a scan or a photo.",
                                "Up to %(n)d files: documents, scans, photos.", MAX_FILES) % {"n": MAX_FILES},
    )

    class Meta:
        model = Complaint
        fields = [
            "organisation", "contact_name", "contact_position", "contact_phone", "contact_email",
            "occurred_on", "product", "description", "emotion", "desired_outcome", "desired_outcome_detail",
        ]
        widgets = {
            "occurred_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "description": forms.Textarea(attrs={"rows": 6}),
            "emotion": forms.Textarea(attrs={"rows": 2}),
        }

    @classmethod
    def base_fields_adjust(cls, fields: dict[str, forms.Field]) -> None:
        """Change the class's fields for every form of it (subclasses extend this)."""
        if "description" in fields:
            fields["description"].required = True
        if "desired_outcome" in fields:
            fields["desired_outcome"].choices = [("", _("Not said yet")), *DesiredOutcome.choices]

    def _post_clean(self) -> None:
        # The form's instance is never saved (registration builds its own from ``customer_fields``).
        # The model's check constraints are about fields this form does not have (status, kind, …):
        # evaluating them in Python cost more than the registration behind the form. Field
        # validators still run here (a mistake must not use up the public form's allowance), and
        # registration checks the whole complaint again.
        self.instance.validate_constraints = lambda exclude=None: None
        super()._post_clean()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("contact_phone") and not cleaned.get("contact_email"):
            self.add_error("contact_phone", self.contact_missing_message)
        return cleaned

    def customer_fields(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.Meta.fields}
