"""The "Announce a delay" form of the complaint page: it only parses; ``deadline_extend`` decides."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DelayForm(forms.Form):
    new_date = forms.DateField(label=_("New solution date"), required=False,
                               widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                               help_text=_("The solution will be due at the end of this working day."))
    reason = forms.CharField(label=_("Why the solution will be late"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("Kept on the timeline and in the reports."))
    customer_message = forms.CharField(
        label=_("What the customer is told"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent by e-mail and shown on the customer's status page. Leave empty to send the reason as "
                    "written."),
    )
