"""What a report covers: a period and the whole company or one department; and who may read which."""

from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import DEPARTMENT, EVERYTHING, report_scope
from complaintdesk.errors import NotFound, PermissionDenied
from complaints.choices import Status
from complaints.models import Complaint
from routing.models import Department

from ..period import Period


@dataclass(frozen=True)
class Scope:
    period: Period
    department: Department | None = None  # None: the whole company

    @property
    def department_id(self) -> int | None:
        return self.department.pk if self.department else None

    def at(self, period: Period) -> "Scope":
        return Scope(period=period, department=self.department)

    def in_period(self, field: str) -> Q:
        return Q(**{f"{field}__gte": self.period.starts_at, f"{field}__lt": self.period.ends_at})

    def complaints(self) -> QuerySet[Complaint]:
        rows = Complaint.objects.order_by()
        return rows.filter(department_id=self.department_id) if self.department else rows

    def received(self) -> QuerySet[Complaint]:
        """Registered in the period."""
        return self.complaints().filter(self.in_period("created_at"))

    def closed(self) -> QuerySet[Complaint]:
        """Closed in the period (and still closed: a reopened complaint counts when it closes again)."""
        return self.complaints().filter(self.in_period("closed_at"), status=Status.CLOSED)

    def related(self, prefix: str = "complaint__") -> Q:
        """Rows of another table whose complaint is in scope."""
        return Q(**{f"{prefix}department_id": self.department_id}) if self.department else Q()


def report_department(*, user: User, department_id: int | None = None) -> Department | None:
    """The department whose reports ``user`` may read; None for the whole company.

    Quality management and administrators read the company's or any department's; a department
    head reads their own department's, whatever ``department_id`` asks; nobody else reads reports.
    """
    scope = report_scope(user)
    if scope == EVERYTHING:
        if not department_id:
            return None
        department = Department.objects.filter(pk=department_id).first()
        if department is None:
            raise NotFound(_("There is no such department."))
        return department
    if scope == DEPARTMENT and user.department_id:
        return user.department
    raise PermissionDenied(_("Only quality management and department heads may read the reports."))
