"""Who may do what to which complaint: one table, read by every interface.

Customers have no account; they act on their own complaint through its secret link
(``portal``), never through these rules.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .models import User

Role = User.Role


class Perm(models.TextChoices):
    VIEW = "view", _("see the complaint")
    NOTE = "note", _("record a call or a note")
    SCRIPT = "script", _("update the conversation script")
    TAKE = "take", _("take the complaint")
    PROPOSE = "propose", _("propose a solution")
    RECORD_ANSWER = "record_answer", _("record the customer's answer")
    CLOSE = "close", _("close the complaint")
    REOPEN = "reopen", _("reopen the complaint")
    HAND_OFF = "hand_off", _("hand the appeal off")
    INVESTIGATE = "investigate", _("record the validity and root cause")
    REMEDY = "remedy", _("give a remedy")
    CLASSIFY = "classify", _("change the category and the importance")


# Which complaints a role reaches: everything, its department's, or those it registered.
EVERYTHING, DEPARTMENT, REGISTERED = "everything", "department", "registered"
SCOPE = {Role.QMS: EVERYTHING, Role.ADMIN: EVERYTHING, Role.HEAD: DEPARTMENT,
         Role.RESPONSIBLE: DEPARTMENT, Role.AGENT: REGISTERED}

HANDLING = {Perm.TAKE, Perm.PROPOSE, Perm.RECORD_ANSWER, Perm.CLOSE, Perm.REOPEN, Perm.HAND_OFF, Perm.INVESTIGATE,
            Perm.REMEDY, Perm.CLASSIFY}
# What each role may do to a complaint within its scope.
ALLOWED: dict[str, frozenset[Perm]] = {
    Role.AGENT: frozenset({Perm.VIEW, Perm.NOTE, Perm.SCRIPT}),
    Role.RESPONSIBLE: frozenset({Perm.VIEW, Perm.NOTE, Perm.SCRIPT, *HANDLING}),
    Role.HEAD: frozenset({Perm.VIEW, Perm.NOTE, Perm.SCRIPT, *HANDLING}),
    Role.QMS: frozenset(Perm),
    Role.ADMIN: frozenset(Perm),
}


# A full sentence per action: a refusal built from a verb phrase reads badly in Russian and Georgian.
REFUSALS = {
    Perm.VIEW: _("You may not see this complaint."),
    Perm.NOTE: _("You may not record calls or notes on this complaint."),
    Perm.SCRIPT: _("You may not change the conversation script of this complaint."),
    Perm.TAKE: _("You may not take this complaint."),
    Perm.PROPOSE: _("You may not propose a solution for this complaint."),
    Perm.RECORD_ANSWER: _("You may not record the customer's answer on this complaint."),
    Perm.CLOSE: _("You may not close this complaint."),
    Perm.REOPEN: _("You may not reopen this complaint."),
    Perm.HAND_OFF: _("You may not hand this appeal off."),
    Perm.INVESTIGATE: _("You may not record the validity or the root cause of this complaint."),
    Perm.REMEDY: _("You may not give a remedy on this complaint."),
    Perm.CLASSIFY: _("You may not change the category or the importance of this complaint."),
}


# Who reads the quality reports and KPIs (reports): QMS the whole company, a head their department.
REPORT_SCOPE = {Role.QMS: EVERYTHING, Role.ADMIN: EVERYTHING, Role.HEAD: DEPARTMENT}


def report_scope(user: User) -> str | None:
    """EVERYTHING, DEPARTMENT (the user's own) or None: which reports ``user`` may read."""
    if not user.is_active:
        return None
    return EVERYTHING if user.is_superuser else REPORT_SCOPE.get(user.role)


def user_scope(user: User) -> str:
    return EVERYTHING if user.is_superuser else SCOPE[user.role]


def complaint_visibility(user: User) -> Q:
    """The complaints ``user`` may see, as a filter for querysets."""
    scope = user_scope(user)
    if scope == EVERYTHING:
        return Q()
    if scope == DEPARTMENT:
        # What they own or registered stays visible to them even in another department.
        return Q(department_id=user.department_id) | Q(assignee_id=user.pk) | Q(registered_by_id=user.pk)
    return Q(registered_by_id=user.pk)


def complaint_visible(user: User, complaint) -> bool:
    return complaint_rights(user, complaint) is not None


def complaint_rights(user: User, complaint) -> frozenset[Perm] | None:
    """What ``user`` may do to ``complaint``; None when it is not even visible to them.

    Whoever registered a complaint keeps an agent's rights on it (see, note, script),
    wherever it was routed; handling it needs the department or the ownership.
    """
    scope = user_scope(user)
    role = Role.ADMIN if user.is_superuser else user.role
    if scope == EVERYTHING:
        return ALLOWED[role]
    if scope == DEPARTMENT and (complaint.department_id == user.department_id or complaint.assignee_id == user.pk):
        return ALLOWED[role]
    if complaint.registered_by_id == user.pk:
        return ALLOWED[Role.AGENT]
    return None


def can(user: User, perm: Perm, complaint) -> bool:
    rights = complaint_rights(user, complaint) if user.is_active else None
    return rights is not None and perm in rights
