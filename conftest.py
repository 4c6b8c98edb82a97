import pytest
from django.utils import translation

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make
from routing.tests.factories import DepartmentFactory


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Real hashing costs ~0.3 s per user; the tests check roles, not hashing strength.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Every factory complaint has an e-mail; tests of the acknowledgement switch it on themselves.
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = False
    yield
    translation.deactivate()  # the language of a test's last request (LocaleMiddleware) is not the next test's


@pytest.fixture
def department(db):
    return DepartmentFactory(code="support", name_en="Support", name_ru="Поддержка", name_ka="მხარდაჭერა",
                             receives_unrouted=True)


@pytest.fixture
def other_department(db):
    return DepartmentFactory(code="sales", name_en="Sales", name_ru="Продажи", name_ka="გაყიდვები")


@pytest.fixture
def agent(department):
    return UserFactory(username="agent", role=User.Role.AGENT, department=department)


@pytest.fixture
def responsible(department):
    return UserFactory(username="responsible", role=User.Role.RESPONSIBLE, department=department)


@pytest.fixture
def head(department):
    user = UserFactory(username="head", role=User.Role.HEAD, department=department)
    department.head = user
    department.save(update_fields=["head"])
    return user


@pytest.fixture
def qms(db):
    return UserFactory(username="qms", role=User.Role.QMS)


@pytest.fixture
def complaint(department, agent):
    return complaint_make(department=department, registered_by=agent)
