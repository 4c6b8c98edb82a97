"""The queue's filters: a GET form whose choices load with one query each, however many rows the queue has."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaints.choices import Channel, Importance, Kind, Status
from complaints.selectors import QueueFilters
from routing.models import Department

from .language import LANGUAGE_CODE_VALIDATOR, language_datalist_attrs

# Who can be responsible for a complaint: the roles allowed to take one (accounts.permissions).
HANDLING_ROLES = (User.Role.RESPONSIBLE, User.Role.HEAD, User.Role.QMS, User.Role.ADMIN)


def any_choice(label: str, choices: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("", label), *choices]


def department_choices() -> list[tuple[str, str]]:
    return [(str(d.pk), d.name) for d in Department.objects.filter(is_active=True).order_by("code")]


def responsible_choices() -> list[tuple[str, str]]:
    users = (User.objects.filter(is_active=True, role__in=HANDLING_ROLES).select_related("department")
             .order_by("first_name", "last_name", "username"))
    return [(str(u.pk), f"{u} · {u.department.name}" if u.department else str(u)) for u in users]


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=any_choice(_("Any status"), Status.choices))
    department = forms.TypedChoiceField(label=_("Department"), required=False, coerce=int, empty_value=None)
    responsible = forms.TypedChoiceField(label=_("Responsible"), required=False, coerce=int, empty_value=None)
    importance = forms.ChoiceField(label=_("Importance"), required=False,
                                   choices=any_choice(_("Any importance"), Importance.choices))
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=any_choice(_("Any kind"), Kind.choices))
    channel = forms.ChoiceField(label=_("Channel"), required=False,
                                choices=any_choice(_("Any channel"), Channel.choices))
    language = forms.CharField(label=_("Customer's language"), required=False, max_length=8,
                               validators=[LANGUAGE_CODE_VALIDATOR],
                               widget=forms.TextInput(attrs=language_datalist_attrs()))
    overdue = forms.BooleanField(label=_("Overdue only"), required=False)
    open_only = forms.BooleanField(label=_("Open only"), required=False)
    needs_language = forms.BooleanField(label=_("Needs a language speaker"), required=False)
    q = forms.CharField(label=_("Search"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"type": "search"}))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        # Evaluated once here: rendering and validating reuse these lists.
        self.fields["department"].choices = any_choice(_("Any department"), department_choices())
        self.fields["responsible"].choices = any_choice(_("Anyone"), responsible_choices())

    def filters(self) -> QueueFilters:
        """The filters of the fields that are valid; a field with an error filters nothing."""
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return QueueFilters(
            status=data.get("status") or "",
            department=data.get("department"),
            assignee=data.get("responsible"),
            importance=data.get("importance") or "",
            kind=data.get("kind") or "",
            channel=data.get("channel") or "",
            language=(data.get("language") or "").lower(),
            overdue=bool(data.get("overdue")),
            open_only=bool(data.get("open_only")),
            needs_language=bool(data.get("needs_language")),
            search=data.get("q") or "",
        )
