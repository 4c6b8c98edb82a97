import pytest
from django.utils import timezone

from api import services
from api.models import ApiToken, IdempotencyKey
from api.schemas import ComplaintCreateIn
from api.services import request_fingerprint
from complaints.models import Complaint
from complaints.tests.factories import complaint_make

from .test_complaint_create_idempotent import PAYLOAD

pytestmark = pytest.mark.django_db


def body_hash() -> str:
    return request_fingerprint(ComplaintCreateIn(**PAYLOAD).dict())


def test_a_request_racing_one_still_registering_waits_then_is_refused_without_a_second_complaint(
        agent, department, api_for, monkeypatch):
    # given: the first request reserved the key and is still registering
    monkeypatch.setattr(services, "IDEMPOTENCY_WAIT", 0.2)
    api = api_for(agent)
    IdempotencyKey.objects.create(token=ApiToken.objects.get(), key="k1", request_hash=body_hash(),
                                  created_at=timezone.now())

    # when
    response = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "k1"})

    # then
    assert response.status_code == 409
    assert response.json()["code"] == "request_in_progress"
    assert Complaint.objects.count() == 0


def test_a_request_racing_gets_the_complaint_once_the_first_has_registered(agent, department, api_for,
                                                                           monkeypatch):
    # given: the winner finishes while the loser waits
    api = api_for(agent)
    reservation = IdempotencyKey.objects.create(token=ApiToken.objects.get(), key="k1",
                                                request_hash=body_hash(), created_at=timezone.now())
    registered = complaint_make(department=department, registered_by=agent)
    real_sleep = services.time.sleep

    def winner_finishes(seconds: float) -> None:
        IdempotencyKey.objects.filter(pk=reservation.pk).update(complaint=registered)
        real_sleep(0)

    monkeypatch.setattr(services.time, "sleep", winner_finishes)

    # when
    response = api.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "k1"})

    # then
    assert response.status_code == 200
    assert response.json()["number"] == registered.tracking_number
    assert Complaint.objects.count() == 1


def test_keys_are_per_token(agent, department, api_for):
    # given
    first, second = api_for(agent), api_for(agent)

    # when
    one = first.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "same"})
    two = second.post("/complaints", PAYLOAD, headers={"Idempotency-Key": "same"})

    # then
    assert (one.status_code, two.status_code) == (201, 201)
    assert one.json()["number"] != two.json()["number"]
