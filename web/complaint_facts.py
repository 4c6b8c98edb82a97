"""A complaint's data as labelled groups for the complaint page (PRODUCT.md, Registration and Classification)."""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from complaints.models import Complaint

GROUPS = (
    (_("Customer"), ("organisation", "contact_name", "contact_position", "contact_phone", "contact_email",
                     "contact_address", "account_ref")),
    (_("What happened"), ("occurred_on", "product", "performed_by", "description", "emotion", "desired_outcome",
                          "desired_outcome_detail")),
    (_("Classification"), ("kind", "origin", "channel", "importance", "language", "department", "cause_category",
                           "subject_category", "validity", "satisfaction", "loyalty", "hand_off_to")),
    (_("Handling"), ("status", "assignee", "registered_by", "created_at", "due_at", "closed_at", "reopen_count")),
)
# Long texts keep their line breaks on the page.
MULTILINE = {"description", "emotion", "performed_by"}


@dataclass(frozen=True)
class Fact:
    name: str
    label: str
    value: Any
    multiline: bool = False


def language_label(code: str) -> str:
    try:
        return f"{get_language_info(code)['name_translated']} ({code})"
    except KeyError:
        return code


def fact_value(complaint: Complaint, name: str) -> Any:
    field = Complaint._meta.get_field(name)
    if name == "language":
        return language_label(complaint.language)
    if field.choices:
        return getattr(complaint, f"get_{name}_display")()
    return getattr(complaint, name)


def complaint_facts(complaint: Complaint) -> list[tuple[str, list[Fact]]]:
    """Every field, labelled with the model's own translated names; empty values are None."""
    groups = []
    for title, names in GROUPS:
        facts = []
        for name in names:
            value = fact_value(complaint, name)
            facts.append(Fact(name=name, label=Complaint._meta.get_field(name).verbose_name,
                              value=None if value in ("", None) else value, multiline=name in MULTILINE))
        groups.append((title, facts))
    return groups
