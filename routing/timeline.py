"""The timeline entries of routing: assigned at registration, flagged for a language, transferred."""

from django.utils import timezone

from accounts.models import User
from complaints.models import Complaint, Interaction

from .models import AssignmentRule, Department


def names(department: Department) -> dict[str, str]:
    """The department's name in each interface language, so the entry reads well in any of them later."""
    return {code: getattr(department, f"name_{code}", "") or department.name_en for code in ("en", "ru", "ka")}


def assigned_interaction(*, complaint: Complaint, assignee: User, rule: AssignmentRule | None) -> Interaction:
    """Made by the system when the complaint is registered, so no actor."""
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.ASSIGNED, actor=None,
        data={"assignee": assignee.pk, "assignee_name": str(assignee), "rule": rule.pk if rule else None,
              "rule_name": rule.name if rule else ""},
        created_at=timezone.now(),
    )


def language_flagged_interaction(*, complaint: Complaint, language: str) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.LANGUAGE_FLAGGED, actor=None,
        data={"language": language, "department": complaint.department_id}, created_at=timezone.now(),
    )


def transferred_interaction(*, complaint: Complaint, actor: User, from_department: Department,
                            from_assignee: User | None, reason: str, customer_explanation: str) -> Interaction:
    """The reason is the body; where from and where to, and what the customer is told, are in ``data``."""
    to_assignee = complaint.assignee
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.TRANSFERRED, actor=actor, body=reason,
        data={
            "from_department": from_department.pk, "from_department_name": names(from_department),
            "to_department": complaint.department_id, "to_department_name": names(complaint.department),
            "from_assignee": from_assignee.pk if from_assignee else None,
            "from_assignee_name": str(from_assignee) if from_assignee else "",
            "to_assignee": to_assignee.pk if to_assignee else None,
            "to_assignee_name": str(to_assignee) if to_assignee else "",
            "customer_explanation": customer_explanation,
        },
        created_at=timezone.now(),
    )
