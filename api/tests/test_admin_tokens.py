import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from api.models import ApiToken
from api.services import key_hash

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    admin = UserFactory(username="root", role=User.Role.ADMIN, is_staff=True, is_superuser=True)
    client.force_login(admin)
    return client


def test_the_key_is_shown_once_after_creation_and_only_its_hash_is_kept(admin_client, agent):
    # when
    response = admin_client.post("/admin/api/apitoken/add/", {"name": "CRM", "user": agent.pk}, follow=True)

    # then
    token = ApiToken.objects.get()
    shown = [str(m) for m in response.context["messages"] if "copy it now" in str(m)]
    assert len(shown) == 1
    key = next(word for word in shown[0].split() if word.startswith(token.prefix))
    assert token.key_hash == key_hash(key)
    page = admin_client.get(f"/admin/api/apitoken/{token.pk}/change/").content.decode()
    assert key not in page
    assert token.prefix in page


def test_revoking_from_the_admin_ends_the_key(admin_client, agent, api_for):
    # given
    api = api_for(agent)
    token = ApiToken.objects.get()

    # when
    admin_client.post("/admin/api/apitoken/", {"action": "revoke", "_selected_action": [token.pk]})

    # then
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert api.get("/complaints").status_code == 401
