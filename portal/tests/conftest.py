import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.models import Complaint
from complaints.tests.factories import complaint_make


@pytest.fixture
def customer_complaint(department) -> Complaint:
    """A complaint the customer filed through the portal: no employee registered it."""
    return complaint_make(department=department, registered_by=None, fields={"desired_outcome_detail": "Fix by Friday"})


@pytest.fixture
def handler(department) -> User:
    return UserFactory(username="tamar", first_name="Tamar", last_name="Kapanadze", role=User.Role.RESPONSIBLE,
                       department=department)

