"""An employee's appeal to QMS: an internal complaint about a failure the customer may not know of."""

from django import forms
from django.utils.translation import gettext_lazy as _

from complaints.choices import Importance
from intake.forms import ComplaintDataForm

from .register import department_field


class InternalAppealForm(ComplaintDataForm):
    """PRODUCT.md: "an employee promised to call back and didn't", "no backup before an update"."""

    department = department_field(label=_("Department it concerns"), empty_label=_("Not sure"))
    importance = forms.ChoiceField(label=_("Importance"), choices=Importance.choices, initial=Importance.NORMAL)

    class Meta(ComplaintDataForm.Meta):
        fields = ["organisation", "contact_name", "contact_phone", "contact_email", "occurred_on", "product",
                  "performed_by", "description"]
        labels = {
            "contact_name": _("Customer's contact person"),
            "occurred_on": _("When it happened"),
            "performed_by": _("Who was involved"),
            "description": _("What happened"),
        }
        help_texts = {
            "contact_phone": _("If known."),
            "contact_email": _("If known."),
        }
        widgets = {**ComplaintDataForm.Meta.widgets, "performed_by": forms.Textarea(attrs={"rows": 2})}

    def clean(self):
        # The customer may not be reachable or even aware of the failure, so unlike a customer's
        # own complaint neither a phone nor an e-mail is required: skip ComplaintDataForm's rule.
        return super(ComplaintDataForm, self).clean()
