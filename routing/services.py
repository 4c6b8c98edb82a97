"""Routing writes: where a new complaint goes and to whom, and transfers with a reason.

PRODUCT.md: "owned by a named person"; "if language is a problem, find someone who
speaks the customer's language"; "connect the right person at once, and say why".
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import Perm, can
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.choices import Kind, Origin
from complaints.models import Complaint
from complaints.services import complaint_lock
from complaints.validators import text_required
from webhooks.events import Event
from webhooks.services import webhook_event_emit

from . import notify, timeline
from .models import AssignmentRule, Department
from .selectors import (
    assignment_rules_active,
    category_lineage,
    department_for_new_complaint,
    department_responsibles,
    language_codes,
    least_loaded,
    rule_responsible,
    speaks,
    user_owns_for,
)


@dataclass(frozen=True)
class Route:
    """Where a new complaint goes: its department, maybe its owner, maybe a language nobody there speaks."""

    department: Department
    assignee: User | None = None
    rule: AssignmentRule | None = None
    needs_language: str = ""


def rule_matches(*, rule: AssignmentRule, department: Department, categories: set[int], channel: str,
                 language: str) -> bool:
    """Every condition the rule sets holds; a condition left empty holds for anything."""
    return (
        (not rule.department_id or rule.department_id == department.pk)
        and (not rule.category_id or rule.category_id in categories)
        and (not rule.channel or rule.channel == channel)
        and (not rule.language or rule.language in language_codes(language))
    )


def owner_for_language(*, department: Department, preferred: User | None,
                       language: str) -> tuple[User | None, str]:
    """The owner for a complaint in ``language``, and the language to flag when nobody speaks it.

    The preferred person if they speak it, else the least loaded responsible person of the
    department who does. When nobody does, the preferred person (or nobody) with the flag.
    While nobody in the department has recorded their languages there is nothing to go by,
    so nothing is flagged: otherwise every complaint would be until an administrator fills them in.
    """
    if preferred is not None and not user_owns_for(user=preferred, department=department):
        preferred = None  # the rule's person has left or moved: the department's queue instead
    if not language or (preferred is not None and speaks(user=preferred, language=language)):
        return preferred, ""
    responsibles = list(department_responsibles(department=department))
    speakers = [person for person in responsibles if speaks(user=person, language=language)]
    if speakers:
        return least_loaded(speakers), ""
    known = any(person.languages for person in responsibles) or bool(preferred and preferred.languages)
    return preferred, (language.strip().lower() if known else "")


def complaint_route(*, complaint: Complaint, requested: Department | None = None) -> Route:
    """Decide where the new, not yet saved ``complaint`` goes, and set its department, owner and language flag.

    The department asked for at registration wins; otherwise the first matching active rule
    (by priority), else the product's department, else the default one. A rule also applies
    to a requested department when it sends there (it may name the owner). Appeals that are
    handed off at once get no owner. Record the route with ``route_record`` once the complaint is saved.
    """
    base = department_for_new_complaint(subject_category=complaint.subject_category, requested=requested)
    categories = category_lineage(complaint.cause_category) | category_lineage(complaint.subject_category)
    rule = next(
        (rule for rule in assignment_rules_active()
         if (requested is None or rule.target_department_id == requested.pk)
         and rule_matches(rule=rule, department=base, categories=categories, channel=complaint.channel,
                          language=complaint.language)),
        None,
    )
    department = rule.target_department if rule else base
    route = Route(department=department, rule=rule)
    if complaint.kind == Kind.COMPLAINT:
        assignee, needs_language = owner_for_language(
            department=department, preferred=rule_responsible(rule), language=complaint.language,
        )
        route = Route(department=department, assignee=assignee, rule=rule, needs_language=needs_language)
    complaint.department = route.department
    complaint.assignee = route.assignee
    complaint.needs_language = route.needs_language
    return route


def route_record(*, complaint: Complaint, route: Route) -> None:
    """The timeline entries, audit records and e-mail of a saved complaint's route.

    Call inside the registration's transaction, after the "registered" entry.
    """
    if route.assignee is not None:
        assigned = timeline.assigned_interaction(complaint=complaint, assignee=route.assignee, rule=route.rule)
        webhook_event_emit(event=Event.ASSIGNED, complaint=complaint, interaction=assigned)
        audit_record(action=AuditAction.COMPLAINT_ASSIGNED, target=complaint, actor_label="routing",
                     data={"assignee": route.assignee.pk, "rule": route.rule.pk if route.rule else None})
    if route.needs_language:
        timeline.language_flagged_interaction(complaint=complaint, language=route.needs_language)
        audit_record(action=AuditAction.COMPLAINT_LANGUAGE_FLAGGED, target=complaint, actor_label="routing",
                     data={"language": route.needs_language, "department": complaint.department_id})
        notify.language_needed_email(complaint=complaint, language=route.needs_language)


def transfer_allowed(*, user: User, complaint: Complaint) -> bool:
    """Whoever may handle the complaint (take it), and the head of its department."""
    if not user.is_active:
        return False
    return can(user, Perm.TAKE, complaint) or complaint.department.head_id == user.pk


@transaction.atomic(durable=True)
def complaint_transfer(*, complaint: Complaint, actor: User, to_department: Department | None = None,
                       to_user: User | None = None, reason: str, customer_explanation: str = "") -> Complaint:
    """Hand the complaint to another person and/or department, saying why (PRODUCT.md: "say why").

    Without a person it waits in the department's queue. A person without a department
    takes the complaint to their own department. The customer is told who handles it now.
    """
    if not transfer_allowed(user=actor, complaint=complaint):
        raise PermissionDenied(_("You may not transfer this complaint."))
    reason = text_required(reason, limit=2000, missing=_("Say why the complaint is transferred."))
    if to_department is None and to_user is None:
        raise DomainError(_("Choose the person or the department to transfer the complaint to."), code="no_target")
    complaint = complaint_lock(complaint=complaint)
    if not complaint.is_open:
        raise DomainError(_("Only an open complaint can be transferred."), code="not_open")
    target = to_department or (to_user.department if to_user and to_user.department_id else complaint.department)
    if not target.is_active:
        raise DomainError(_("The department %(department)s does not receive complaints any more.")
                          % {"department": target.name}, code="inactive_department")
    if to_user is not None and not user_owns_for(user=to_user, department=target):
        raise DomainError(_("%(name)s is not an active responsible person or head of %(department)s.")
                          % {"name": to_user, "department": target.name}, code="not_an_owner")
    if target.pk == complaint.department_id and (to_user.pk if to_user else None) == complaint.assignee_id:
        raise DomainError(_("The complaint is already there. Choose another person or department."),
                          code="same_owner")
    explanation = (customer_explanation or "").strip()
    # Someone else will contact the customer: they are told who and why. Internal appeals have no customer.
    if complaint.origin == Origin.EXTERNAL:
        explanation = text_required(explanation, limit=2000, missing=_(
            "Write what the customer will be told: who handles the complaint now, and why."))
    return transfer_apply(complaint=complaint, actor=actor, target=target, to_user=to_user, reason=reason,
                          explanation=explanation)


def transfer_apply(*, complaint: Complaint, actor: User, target: Department, to_user: User | None, reason: str,
                   explanation: str) -> Complaint:
    """Move the locked complaint, record it and queue the e-mails, inside the caller's transaction."""
    from_department, from_assignee = complaint.department, complaint.assignee
    complaint.department, complaint.assignee = target, to_user
    if complaint.needs_language and to_user is not None and speaks(user=to_user, language=complaint.needs_language):
        complaint.needs_language = ""
    complaint.save(update_fields=["department", "assignee", "needs_language", "updated_at"])
    interaction = timeline.transferred_interaction(
        complaint=complaint, actor=actor, from_department=from_department, from_assignee=from_assignee,
        reason=reason, customer_explanation=explanation,
    )
    webhook_event_emit(event=Event.ASSIGNED, complaint=complaint, interaction=interaction)
    audit_record(action=AuditAction.COMPLAINT_TRANSFERRED, target=complaint, actor=actor, data={
        "from_department": from_department.pk, "to_department": target.pk,
        "from_assignee": from_assignee.pk if from_assignee else None, "to_assignee": to_user.pk if to_user else None,
        "reason": reason, "customer_explanation": explanation, "needs_language": complaint.needs_language,
    })
    owner = to_user or target.head
    if owner is not None and owner.pk != actor.pk:
        notify.transferred_owner_email(complaint=complaint, interaction=interaction, actor=actor, owner=owner,
                                       from_department=from_department)
    if complaint.origin == Origin.EXTERNAL:
        notify.transferred_customer_email(complaint=complaint, interaction=interaction)
    return complaint
