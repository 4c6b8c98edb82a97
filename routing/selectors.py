"""Reads of routing: departments, their people and how loaded they are, the assignment rules."""

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import DomainError
from complaintdesk.reference_data import reference_data
from complaints.choices import OPEN_STATUSES
from complaints.models import Category, Complaint

from .models import AssignmentRule, Department

# Who may own a department's complaints: its responsible people and its head.
OWNER_ROLES = (User.Role.RESPONSIBLE, User.Role.HEAD)


def open_count(prefix: str = "") -> Count:
    """The number of open complaints a user owns, as an annotation (``prefix`` reaches the user)."""
    return Count(f"{prefix}assigned_complaints",
                 filter=Q(**{f"{prefix}assigned_complaints__status__in": OPEN_STATUSES}), distinct=True)


def department_for_new_complaint(*, subject_category: Category | None = None,
                                 requested: Department | None = None) -> Department:
    """Where a new complaint goes without rules: the department asked for, the product's, or the default one."""
    if requested is not None:
        return requested
    if subject_category is not None and subject_category.department_id:
        return subject_category.department
    department = reference_data("department_default", department_default_load)
    if department is None:
        raise DomainError(_("No department exists yet to receive complaints. Ask an administrator to add one."),
                          code="no_department")
    return department


def department_default_load() -> Department | None:
    department = Department.objects.filter(receives_unrouted=True, is_active=True).order_by("pk").first()
    return department or Department.objects.filter(is_active=True).order_by("pk").first()


def assignment_rules_active() -> list[AssignmentRule]:
    """The active rules in the order they are tried; kept while the reference version stands.

    A rule's person is not kept with it (people change every day): ``rule_responsible`` reads them.
    """
    return reference_data("assignment_rules_active", lambda: list(
        AssignmentRule.objects.filter(is_active=True, target_department__is_active=True)
        .select_related("target_department").order_by("priority", "id")
    ))


def rule_responsible(rule: AssignmentRule | None) -> User | None:
    """The person a rule names, as they are now."""
    if rule is None or rule.responsible_id is None:
        return None
    return User.objects.filter(pk=rule.responsible_id).first()


def category_lineage(category: Category | None) -> set[int]:
    """The ids of ``category`` and of every category above it (the trees are a few levels deep)."""
    ids: set[int] = set()
    while category is not None and category.pk not in ids:
        ids.add(category.pk)
        category = category.parent
    return ids


def language_codes(code: str) -> set[str]:
    """A language code and its primary language: "en-gb" is also "en"."""
    code = (code or "").strip().lower().replace("_", "-")
    return {code, code.split("-")[0]} - {""}


def speaks(*, user: User, language: str) -> bool:
    spoken = {str(code).strip().lower() for code in user.languages or []}
    return bool(spoken & language_codes(language))


def department_responsibles(*, department: Department) -> QuerySet[User]:
    """The department's active responsible people, by id."""
    return User.objects.filter(department=department, role=User.Role.RESPONSIBLE, is_active=True).order_by("id")


def least_loaded(people: list[User]) -> User:
    """Of ``people`` (not empty), who owns the fewest open complaints; the first of them on a tie.

    Counts the open complaints of these people only (index ``complaint_open_assignee_idx``), not
    of the whole department: registration asks this for every complaint.
    """
    if len(people) == 1:
        return people[0]
    loads = dict(Complaint.objects.filter(assignee__in=people, status__in=OPEN_STATUSES).order_by()
                 .values("assignee").annotate(n=Count("pk")).values_list("assignee", "n"))
    return min(people, key=lambda person: loads.get(person.pk, 0))


def user_owns_for(*, user: User, department: Department) -> bool:
    """``user`` may own complaints of ``department``: an active responsible person or head of it."""
    if not user.is_active:
        return False
    if department.head_id == user.pk:
        return True
    return user.role in OWNER_ROLES and user.department_id == department.pk


def departments_with_people() -> list[Department]:
    """Every active department with its head and responsible people, each with ``open_count``.

    Two queries however many departments there are.
    """
    people = (
        User.objects.filter(is_active=True, role=User.Role.RESPONSIBLE).annotate(open_count=open_count())
        .order_by("last_name", "first_name", "username")
    )
    return list(
        Department.objects.filter(is_active=True).select_related("head").annotate(head_open_count=open_count("head__"))
        .prefetch_related(Prefetch("members", queryset=people, to_attr="responsibles")).order_by("code")
    )


def transfer_targets() -> list[User]:
    """The people a complaint may be transferred to: active responsible people and heads, with their department."""
    return list(
        User.objects.filter(is_active=True, role__in=OWNER_ROLES, department__is_active=True)
        .select_related("department").order_by("department__code", "last_name", "first_name", "username")
    )
