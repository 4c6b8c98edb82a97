"""Administrators manage departments, categories and users, and look at complaints, proposals and audit."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from audit.models import AuditRecord
from complaints.choices import CategoryDimension, Status
from complaints.models import Category, Complaint
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from resolution.models import Proposal
from resolution.services import proposal_create
from routing.models import Department

# No admin page may need more queries than this, and none may grow with the number of rows.
MAX_QUERIES = 10


@pytest.fixture
def administrator(db):
    return UserFactory(username="admin", role=User.Role.ADMIN, is_staff=True, is_superuser=True)


@pytest.fixture
def admin_client(client, administrator):
    client.force_login(administrator)
    return client


def rows_add(*, department: Department, responsible: User, agent: User, count: int) -> None:
    """Add ``count`` of everything the admin lists, each row with its relations filled."""
    start = Complaint.objects.count()
    for n in range(start, start + count):
        UserFactory(role=User.Role.RESPONSIBLE, department=department)
        cause = Category.objects.create(code=f"cause-{department.code}-{n}", name_en=f"Cause {n}",
                                        dimension=CategoryDimension.CAUSE)
        Category.objects.create(code=f"cause-{department.code}-{n}-sub", name_en=f"Sub-cause {n}",
                                dimension=CategoryDimension.CAUSE, parent=cause, department=department)
        complaint = complaint_make(department=department, registered_by=agent)
        complaint_take(complaint=complaint, actor=responsible)
        proposal_create(complaint=complaint, actor=responsible, text=f"Solution {n}", alternatives=[])


PAGES: dict[str, Callable[[], str]] = {
    "departments": lambda: reverse("admin:routing_department_changelist"),
    "department add": lambda: reverse("admin:routing_department_add"),
    "department with members": lambda: reverse("admin:routing_department_change",
                                               args=[Department.objects.get(code="support").pk]),
    "categories": lambda: reverse("admin:complaints_category_changelist"),
    "category add": lambda: reverse("admin:complaints_category_add"),
    "users": lambda: reverse("admin:accounts_user_changelist"),
    "user add": lambda: reverse("admin:accounts_user_add"),
    "user": lambda: reverse("admin:accounts_user_change", args=[User.objects.get(username="responsible").pk]),
    "complaints": lambda: reverse("admin:complaints_complaint_changelist"),
    "complaint": lambda: reverse("admin:complaints_complaint_change", args=[Complaint.objects.first().pk]),
    "proposals": lambda: reverse("admin:resolution_proposal_changelist"),
    "proposal": lambda: reverse("admin:resolution_proposal_change", args=[Proposal.objects.first().pk]),
    "audit records": lambda: reverse("admin:audit_auditrecord_changelist"),
    "audit record": lambda: reverse("admin:audit_auditrecord_change", args=[AuditRecord.objects.first().pk]),
}


@pytest.mark.django_db
@pytest.mark.parametrize("admin_page", PAGES)
def test_admin_pages_open_with_a_fixed_number_of_queries(admin_page, admin_client, department, responsible, agent,
                                                         head):
    """Each admin page opens, and its query count does not grow with the rows it shows."""
    # given
    rows_add(department=department, responsible=responsible, agent=agent, count=1)
    url = PAGES[admin_page]()
    admin_client.get(url)  # warm the per-process caches (content types, permissions)
    # when
    with CaptureQueriesContext(connection) as few:
        few_response = admin_client.get(url)
    rows_add(department=department, responsible=responsible, agent=agent, count=4)
    with CaptureQueriesContext(connection) as many:
        many_response = admin_client.get(url)
    # then
    assert few_response.status_code == 200
    assert many_response.status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries), "\n".join(
        query["sql"] for query in many.captured_queries
    )
    assert len(many.captured_queries) <= MAX_QUERIES


@pytest.mark.django_db
def test_complaints_are_found_by_tracking_number(admin_client, department, agent):
    """Searching the complaint list by tracking number, in any case, finds exactly that complaint."""
    # given
    wanted = complaint_make(department=department, registered_by=agent)
    complaint_make(department=department, registered_by=agent)
    # when
    response = admin_client.get(reverse("admin:complaints_complaint_changelist"),
                                {"q": f" {wanted.tracking_number.lower()} "})
    # then
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [wanted]


@pytest.mark.django_db
def test_complaint_status_cannot_be_changed_in_admin(admin_client, complaint):
    """The admin shows a complaint read-only; a posted status change is refused and nothing changes."""
    # given
    url = reverse("admin:complaints_complaint_change", args=[complaint.pk])
    # when
    shown = admin_client.get(url)
    response = admin_client.post(url, {"status": Status.CLOSED})
    # then
    assert shown.status_code == 200
    assert b'name="status"' not in shown.content
    assert response.status_code == 403
    complaint.refresh_from_db()
    assert complaint.status == Status.NEW
    assert complaint.access_token not in shown.content.decode()


@pytest.mark.django_db
def test_audit_records_cannot_be_deleted_in_admin(admin_client, complaint):
    """Audit records have no delete page: the chain stays whole."""
    # given
    record = AuditRecord.objects.first()
    # when
    response = admin_client.post(reverse("admin:audit_auditrecord_delete", args=[record.pk]), {"post": "yes"})
    # then
    assert response.status_code == 403
    assert AuditRecord.objects.filter(pk=record.pk).exists()


@pytest.mark.django_db
def test_a_member_is_made_responsible_from_the_department_page(admin_client, department, agent):
    """Changing a member's role in the department's inline list makes them the responsible person."""
    # given
    url = reverse("admin:routing_department_change", args=[department.pk])
    prefix = "members"
    # when
    response = admin_client.post(url, {
        "code": department.code, "name_en": department.name_en, "name_ru": department.name_ru,
        "name_ka": department.name_ka, "head": "", "receives_unrouted": "on", "is_active": "on",
        f"{prefix}-TOTAL_FORMS": "1", f"{prefix}-INITIAL_FORMS": "1",
        f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000",
        f"{prefix}-0-id": str(agent.pk), f"{prefix}-0-department": str(department.pk),
        f"{prefix}-0-role": User.Role.RESPONSIBLE, f"{prefix}-0-phone": "+995 599 00 00 00",
        f"{prefix}-0-is_active": "on",
    })
    # then
    assert response.status_code == 302, response.context and response.context["errors"]
    agent.refresh_from_db()
    assert agent.role == User.Role.RESPONSIBLE
    assert agent.department == department
