"""The small forms of the complaint page's actions.

They only parse: the rules (a note must say something, a reason is required to
reopen…) live in the services, which refuse with a translated message.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from coaching.script import ScriptStep
from complaints.choices import Kind
from resolution.models import Proposal
from resolution.services import MAX_ALTERNATIVES


class NoteForm(forms.Form):
    CALL, NOTE = "call", "note"

    body = forms.CharField(label=_("What was said or done"), required=False, max_length=10000,
                           widget=forms.Textarea(attrs={"rows": 3}))
    # Set by the button pressed: "Record a call" or "Add a note".
    entry = forms.ChoiceField(choices=[(CALL, _("Call")), (NOTE, _("Note"))], required=False)

    @property
    def is_call(self) -> bool:
        return self.cleaned_data.get("entry") == self.CALL


class ScriptForm(forms.Form):
    steps = forms.MultipleChoiceField(label=_("Conversation script"), choices=ScriptStep.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)


class ProposeForm(forms.Form):
    text = forms.CharField(label=_("Proposed solution"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, MAX_ALTERNATIVES + 1):
            self.fields[f"alternative_{n}"] = forms.CharField(
                label=_("Alternative %(n)s") % {"n": n}, required=False, max_length=1000,
            )

    def alternatives(self) -> list[str]:
        return [self.cleaned_data.get(f"alternative_{n}", "") for n in range(1, MAX_ALTERNATIVES + 1)]

    def alternative_fields(self) -> list[forms.BoundField]:
        return [self[f"alternative_{n}"] for n in range(1, MAX_ALTERNATIVES + 1)]


class AnswerForm(forms.Form):
    """The customer's answer given by phone, recorded by an employee."""

    ACCEPT, REJECT = "accept", "reject"

    # Set by the button pressed: "Customer accepts" or "Customer rejects".
    answer = forms.ChoiceField(choices=[(ACCEPT, _("Accept")), (REJECT, _("Reject"))])
    option = forms.TypedChoiceField(label=_("The option the customer chose"), coerce=int, required=False,
                                    empty_value=0, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("The customer's reason for rejecting"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, proposal: Proposal | None = None, **kwargs):
        """Offer ``proposal``'s options; without one, accept any option number (the service checks it)."""
        super().__init__(*args, **kwargs)
        options = proposal.options if proposal else [str(n) for n in range(MAX_ALTERNATIVES + 1)]
        self.fields["option"].choices = list(enumerate(options))
        self.fields["option"].initial = 0

    @property
    def accepted(self) -> bool:
        return self.cleaned_data["answer"] == self.ACCEPT


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Why is it reopened?"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))


class HandOffForm(forms.Form):
    kind = forms.ChoiceField(label=_("Actual kind of appeal"),
                             choices=[(k.value, k.label) for k in Kind if k != Kind.COMPLAINT])
    reason = forms.CharField(label=_("Why (optional)"), required=False, max_length=2000)
