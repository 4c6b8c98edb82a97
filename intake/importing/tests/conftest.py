import pytest

from accounts.tests.factories import UserFactory
from accounts.models import User


@pytest.fixture
def admin_user(db):
    return UserFactory(username="administrator", role=User.Role.ADMIN)
