"""The complaint page's transfer form: to whom, why, and what the customer is told.

It only parses; ``routing.services.complaint_transfer`` decides what is allowed and refuses
with a translated message (no reason, a person of another department…).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from routing.models import Department
from routing.selectors import OWNER_ROLES


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        label = f"{obj} · {obj.department.name}" if obj.department_id else str(obj)
        return f"{label} ({', '.join(obj.languages)})" if obj.languages else label


class TransferForm(forms.Form):
    department = forms.ModelChoiceField(
        label=_("To department"), required=False, empty_label=_("The chosen person's department"),
        queryset=Department.objects.filter(is_active=True).order_by("code"),
    )
    person = PersonChoiceField(
        label=_("To person"), required=False, empty_label=_("Nobody yet: the department's queue"),
        queryset=User.objects.filter(is_active=True, role__in=OWNER_ROLES, department__is_active=True)
        .select_related("department").order_by("department__code", "last_name", "first_name", "username"),
        help_text=_("The languages each person speaks are in brackets."),
    )
    reason = forms.CharField(label=_("Reason (for colleagues)"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))
    customer_explanation = forms.CharField(
        label=_("What the customer is told"), required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Who handles the complaint now and why. The customer gets it by e-mail."),
    )
