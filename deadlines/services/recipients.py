"""Who is told about a complaint's deadline."""

from collections.abc import Iterable

from accounts.models import User
from complaints.models import Complaint
from routing.models import Department


def responsibles_by_department(*, department_ids: Iterable[int]) -> dict[int, list[User]]:
    """The active responsible people of each department, in one query."""
    people: dict[int, list[User]] = {}
    for user in (User.objects.filter(department_id__in=set(department_ids), role=User.Role.RESPONSIBLE,
                                     is_active=True).order_by("pk")):
        people.setdefault(user.department_id, []).append(user)
    return people


def breach_recipients(*, complaint: Complaint) -> list[User]:
    """The head of the complaint's department and every QMS employee (PRODUCT.md, roles)."""
    people = list(User.objects.filter(role=User.Role.QMS, is_active=True).order_by("pk"))
    head_id = Department.objects.filter(pk=complaint.department_id).values_list("head_id", flat=True).first()
    if head_id is not None and head_id not in {user.pk for user in people}:
        head = User.objects.filter(pk=head_id, is_active=True).first()
        if head is not None:
            people.insert(0, head)
    return people


def with_address(users: Iterable[User]) -> list[User]:
    return [user for user in users if user.email]
