"""``complaintdesk demo`` makes a demo company once and prints a login for each role."""

from io import StringIO

import pytest
from django.core.management import call_command

from accounts.models import User
from complaints.models import Complaint
from complaintdesk.seeding.staff import DEMO_LOGINS
from routing.models import Department


def run_demo() -> str:
    out = StringIO()
    call_command("demo", count=60, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.mark.django_db
def test_demo_twice_creates_the_logins_once_and_prints_them_both_times():
    # when
    first = run_demo()
    users_after_first = User.objects.count()
    complaints_after_first = Complaint.objects.count()
    second = run_demo()
    # then
    assert User.objects.count() == users_after_first
    assert Complaint.objects.count() == complaints_after_first == 60
    assert "Seeded 60 demo complaints." in first
    assert "Complaints exist already: none seeded." in second
    for output in (first, second):
        for login in DEMO_LOGINS:
            line = next(line for line in output.splitlines() if line.split()[:2] == [login.username, login.password])
            assert str(User.Role(login.role).label) in line
    for role in User.Role:
        assert User.objects.filter(role=role).exists(), role


@pytest.mark.django_db
def test_demo_logins_work_and_own_demo_complaints():
    # when
    run_demo()
    # then
    support = Department.objects.get(code="support")
    head = User.objects.get(username="head")
    assert support.receives_unrouted and support.head == head
    admin = User.objects.get(username="admin")
    assert admin.is_superuser and admin.role == User.Role.ADMIN
    for login in DEMO_LOGINS:
        assert User.objects.get(username=login.username).check_password(login.password)
    assert Complaint.objects.filter(assignee__username="responsible").exists()
    assert Complaint.objects.filter(registered_by__username="agent").exists()
    assert Department.objects.filter(code__in=["accounting", "implementation", "sales", "logistics", "quality"]
                                     ).count() == 5
    assert all(d.name_ru and d.name_ka for d in Department.objects.all())


@pytest.mark.django_db
def test_demo_users_see_their_complaints_in_the_queue(client):
    # given
    run_demo()
    mine = Complaint.objects.filter(registered_by__username="agent").order_by("due_at").first()
    # when
    client.login(username="agent", password="agent-demo")
    page = client.get("/staff/", {"q": mine.tracking_number})
    # then
    assert page.status_code == 200
    assert mine.tracking_number in page.content.decode()


@pytest.mark.django_db
def test_the_demo_has_a_triage_model_from_the_start():
    # given
    from triage.models import TriageModel

    # when
    call_command("demo", count=300, stdout=StringIO(), stderr=StringIO())

    # then: learned from the demo's closed complaints, with held-out scores for QMS
    model = TriageModel.objects.get()
    assert model.n_train > 100
