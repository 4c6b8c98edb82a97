import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.tests.smtp import smtp_server  # noqa: F401 — a fixture for this package's tests

from .fixture import month_build


@pytest.fixture
def colleague(department):
    return UserFactory(username="colleague", role=User.Role.RESPONSIBLE, department=department,
                       first_name="Анна", last_name="Коллегова")


@pytest.fixture
def month(department, other_department, responsible, colleague, agent, qms, monkeypatch):
    """November 2026, counted by hand in ``fixture.py``."""
    return month_build(department=department, other_department=other_department, responsible=responsible,
                       colleague=colleague, agent=agent, qms=qms, monkeypatch=monkeypatch)
