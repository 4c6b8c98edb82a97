"""The public complaint form and the customer's answer to a proposed solution."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.forms import BoundField
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from complaints.choices import DesiredOutcome
from intake.attachments import attachments_check
from intake.forms import ComplaintDataForm
from resolution.models import Proposal

HONEYPOT_FIELD = "website"

# The customer's own words for the fields staff see under other names.
CUSTOMER_LABELS = {
    "organisation": _("Your organisation"),
    "contact_name": _("Your full name"),
    "contact_position": _("Your position"),
    "contact_phone": _("Phone"),
    "contact_email": _("E-mail"),
    "occurred_on": _("When did it happen?"),
    "product": _("Which product or program is it about?"),
    "description": _("What happened?"),
    "emotion": _("How do you feel about it?"),
    "desired_outcome": _("What outcome would you like?"),
    "desired_outcome_detail": _("Details of the outcome you want"),
}
FIELDSETS: list[tuple[Promise, tuple[str, ...]]] = [
    (_("About you"), ("organisation", "contact_name", "contact_position", "contact_phone", "contact_email")),
    (_("What happened"), ("occurred_on", "product", "description", "emotion")),
    (_("What you want"), ("desired_outcome", "desired_outcome_detail", "attachments")),
]


class PortalComplaintForm(ComplaintDataForm):
    """The registration form as a customer meets it, with a honeypot for robots.

    The honeypot field is hidden from people by CSS (class ``honeypot``) and from
    screen readers; form-filling robots fill it in.
    """

    contact_missing_message = _("Give a phone number or an e-mail so that we can answer you.")

    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200,
                              widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}))

    @classmethod
    def base_fields_adjust(cls, fields: dict[str, forms.Field]) -> None:
        super().base_fields_adjust(fields)
        for name, label in CUSTOMER_LABELS.items():
            fields[name].label = label
        fields["description"].help_text = _(
            "Describe it as fully as you can: what, where, who was involved. Write in any language."
        )
        fields["desired_outcome"].choices = [("", _("Not sure yet")), *DesiredOutcome.choices]
        fields["contact_phone"].widget.input_type = "tel"
        fields["contact_phone"].help_text = _("A phone number or an e-mail is needed so that we can answer you.")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # The browser's date picker then refuses future dates too; the model validator decides.
        self.fields["occurred_on"].widget.attrs["max"] = timezone.localdate().isoformat()

    def _post_clean(self) -> None:
        # No model instance is built and checked here: the public form's service has the registration
        # rules check the fields before it counts or stores anything, and their errors come back onto
        # these fields (``errors_add``). Checking twice cost a tenth of a submission.
        pass

    def clean_attachments(self) -> list[UploadedFile]:
        # The same limits the registration service applies, checked before anything is counted.
        files = self.cleaned_data.get("attachments") or []
        attachments_check(files)
        return files

    def fieldsets(self) -> list[tuple[Promise, list[BoundField]]]:
        return [(legend, [self[name] for name in names]) for legend, names in FIELDSETS]

    def honeypot(self) -> BoundField:
        return self[HONEYPOT_FIELD]

    def errors_add(self, error: ValidationError) -> None:
        """Put errors raised by a service onto the fields they name, the rest on the form."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, errors in error.error_dict.items():
            self.add_error(field if field in self.fields else None, errors)


class ProposalAcceptForm(forms.Form):
    """Accept one of the offered options: 0 is the solution itself, n the n-th alternative.

    The page draws one radio button per option of the pending proposal; whether the
    chosen number exists is the answering service's rule.
    """

    option = forms.IntegerField(label=_("Choose a solution"), min_value=0, initial=0,
                                error_messages={"required": _("Choose one of the offered solutions.")})


class ProposalRejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why does this solution not suit you?"),
        help_text=_("Tell us what you would accept instead, so that the next proposal fits."),
        max_length=Proposal._meta.get_field("answer_reason").max_length,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
