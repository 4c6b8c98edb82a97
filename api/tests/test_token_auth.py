import pytest
from django.utils import timezone

from api.models import ApiToken
from api.services import api_token_revoke

pytestmark = pytest.mark.django_db


def problem_of(response) -> dict:
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def test_no_token_is_refused_as_problem_json(client):
    # when
    response = client.get("/api/v1/complaints")

    # then
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Bearer"
    body = problem_of(response)
    assert body["type"] == "https://complaintdesk/errors/unauthorized"
    assert body["status"] == 401
    assert "Traceback" not in response.content.decode()


def test_a_wrong_key_is_refused(client, agent, api_for):
    # given
    api_for(agent)

    # when
    response = client.get("/api/v1/complaints", headers={"Authorization": "Bearer not-a-real-key"})

    # then
    assert response.status_code == 401
    assert problem_of(response)["code"] == "unauthorized"


def test_a_revoked_token_is_refused(agent, api_for):
    # given
    api = api_for(agent)
    assert api.get("/complaints").status_code == 200
    api_token_revoke(token=ApiToken.objects.get(user=agent))

    # when
    response = api.get("/complaints")

    # then
    assert response.status_code == 401
    assert problem_of(response)["code"] == "unauthorized"


def test_a_valid_key_is_stored_only_as_its_hash_and_marks_the_token_used(agent, api_for):
    # given
    api = api_for(agent)
    key = api.headers["Authorization"].removeprefix("Bearer ")

    # when
    response = api.get("/complaints")

    # then
    token = ApiToken.objects.get(user=agent)
    assert response.status_code == 200
    assert token.last_used_at is not None
    assert token.prefix == key[:8]
    assert key not in {token.key_hash, token.name}
    assert len(token.key_hash) == 64



def test_a_token_revoked_or_an_employee_deactivated_elsewhere_is_refused_from_the_next_request(agent, api_for):
    """Tokens are kept per process; what another process changes is seen at the next request."""
    from complaintdesk.models import ReferenceVersion
    from complaintdesk.reference_data import PEOPLE

    api = api_for(agent)
    assert api.get("/complaints").status_code == 200  # now kept by this process
    # when: another process revokes it (its update, and a new reference version; no signal here)
    ApiToken.objects.update(revoked_at=timezone.now())
    ReferenceVersion.objects.update_or_create(pk=PEOPLE, defaults={"token": "revoked-elsewhere"})
    # then
    assert api.get("/complaints").status_code == 401
    # and an employee deactivated through a save
    api = api_for(agent)
    assert api.get("/complaints").status_code == 200
    agent.is_active = False
    agent.save()
    assert api.get("/complaints").status_code == 401
