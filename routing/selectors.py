from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import DomainError
from complaints.models import Category

from .models import Department


def department_for_new_complaint(*, subject_category: Category | None = None,
                                 requested: Department | None = None) -> Department:
    """Where a new complaint goes: the department asked for, the product's, or the default one."""
    if requested is not None:
        return requested
    if subject_category is not None and subject_category.department_id:
        return subject_category.department
    department = Department.objects.filter(receives_unrouted=True, is_active=True).order_by("pk").first()
    department = department or Department.objects.filter(is_active=True).order_by("pk").first()
    if department is None:
        raise DomainError(_("No department exists yet to receive complaints. Ask an administrator to add one."),
                          code="no_department")
    return department


def department_responsibles(*, department: Department) -> QuerySet[User]:
    return User.objects.filter(department=department, role=User.Role.RESPONSIBLE, is_active=True)
