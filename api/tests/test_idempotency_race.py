import pytest
from django.utils import timezone

from api.models import ApiToken, IdempotencyKey
from api.schemas import ComplaintCreateIn
from api.services import request_fingerprint
from complaints.models import Complaint
from complaints.tests.factories import complaint_make

from .test_complaint_create_idempotent import PAYLOAD

pytestmark = pytest.mark.django_db


def body_hash() -> str:
    return request_fingerprint(ComplaintCreateIn(**PAYLOAD).dict())


def test_a_repeated_request_gets_the_complaint_the_first_registered(agent, department, api_for):
    # given: the first request committed its key together with its complaint
    api = api_for(agent)
    registered = complaint_make(department=department, registered_by=agent)
    IdempotencyKey.objects.create(token=ApiToken.objects.get(), key="k1", request_hash=body_hash(),
                                  complaint=registered, created_at=timezone.now())

    # when
    response = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "k1"})

    # then
    assert response.status_code == 200
    assert response.json()["number"] == registered.tracking_number
    assert Complaint.objects.count() == 1


def test_a_refused_registration_leaves_the_key_free(agent, department, api_for):
    api = api_for(agent)
    bad = {**PAYLOAD, "contact_phone": "call me"}
    assert api.post("/complaints", bad, headers={"Idempotency-Key": "k2"}).status_code == 422
    assert not IdempotencyKey.objects.filter(key="k2").exists()
    assert api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "k2"}).status_code == 201


def test_keys_are_per_token(agent, department, api_for):
    # given
    first, second = api_for(agent), api_for(agent)

    # when
    one = first.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "same"})
    two = second.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "same"})

    # then
    assert (one.status_code, two.status_code) == (201, 201)
    assert one.json()["number"] != two.json()["number"]
