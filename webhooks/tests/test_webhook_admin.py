"""Administrators set up subscriptions with checkboxes, copy the secret, ping, rotate, and retry deliveries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.tests.worker import worker_run
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from webhooks.models import WebhookDelivery, WebhookSubscription

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/webhooks/webhooksubscription/"


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="root", role=User.Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def test_a_subscription_is_added_with_event_checkboxes_and_its_secret_is_shown(admin_client, receiver,
                                                                               other_department):
    # given
    form = admin_client.get(f"{CHANGELIST}add/").content.decode()
    assert 'type="checkbox" name="events" value="overdue"' in form

    # when
    response = admin_client.post(f"{CHANGELIST}add/", {
        "name": "CRM", "url": f"{receiver.url}/hook", "events": ["closed", "overdue"],
        "department": other_department.pk, "is_active": "on",
    })

    # then
    assert response.status_code == 302
    subscription = WebhookSubscription.objects.get()
    assert (subscription.events, subscription.department) == (["closed", "overdue"], other_department)
    assert len(subscription.secret) >= 40
    assert subscription.secret in admin_client.get(f"{CHANGELIST}{subscription.pk}/change/").content.decode()


def test_a_target_that_is_not_http_or_no_event_is_refused_in_the_users_language(admin_client):
    # when
    response = admin_client.post(f"{CHANGELIST}add/", {"name": "CRM", "url": "ftp://crm.example.com/hook"},
                                 headers={"Accept-Language": "ru"})

    # then
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert set(errors) == {"url", "events"}
    assert errors["events"] == ["Обязательное поле."]
    assert errors["url"] == ["Введите правильный URL."]
    assert not WebhookSubscription.objects.exists()


def test_a_test_ping_reaches_the_receiver_signed(admin_client, subscription, receiver):
    # when
    response = admin_client.post(CHANGELIST, {"action": "ping_send", "_selected_action": [subscription.pk]},
                                 follow=True)
    worker_run()

    # then
    assert "A test ping is queued for 1 subscription" in response.content.decode()
    [request] = receiver.received
    assert request.signature_valid
    assert (request.payload["event"], request.payload["complaint"]) == ("ping", None)
    assert request.payload["data"] == {"subscription": "CRM"}


def test_rotating_the_secret_changes_it(admin_client, subscription):
    # when
    admin_client.post(CHANGELIST, {"action": "secret_rotate", "_selected_action": [subscription.pk]})

    # then
    old = subscription.secret
    subscription.refresh_from_db()
    assert subscription.secret != old


@pytest.mark.parametrize("subscribed_events", [["assigned"]])
def test_a_given_up_delivery_is_sent_again_with_retry_now(admin_client, subscription, receiver, complaint,
                                                          responsible, settings):
    # given: the receiver was down for the only allowed attempt
    settings.COMPLAINTDESK_WEBHOOK_MAX_ATTEMPTS = 1
    receiver.answers = [502]
    complaint_take(complaint=complaint, actor=responsible)
    worker_run()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == WebhookDelivery.Status.GAVE_UP

    # when: it is back, and an administrator retries
    page = admin_client.get(f"/admin/webhooks/webhookdelivery/{delivery.pk}/change/").content.decode()
    response = admin_client.post("/admin/webhooks/webhookdelivery/",
                                 {"action": "retry_now", "_selected_action": [delivery.pk]}, follow=True)
    worker_run()

    # then
    assert "HTTP 502 Bad Gateway" in page and "&quot;tracking_number&quot;" in page
    assert "1 delivery is queued to be sent again now." in response.content.decode()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("delivered", 2)
    assert len(receiver.received) == 2


def test_the_deliveries_list_filters_by_status_event_and_subscription(admin_client, subscription, complaint):
    # when
    response = admin_client.get("/admin/webhooks/webhookdelivery/",
                                {"status": "pending", "event": "registered", "subscription__id__exact": subscription.pk})

    # then
    assert response.status_code == 200
    assert [row.event for row in response.context["cl"].result_list] == ["registered"]


@pytest.mark.parametrize("page", [CHANGELIST, "/admin/webhooks/webhookdelivery/"])
def test_the_lists_need_as_many_queries_for_many_rows_as_for_a_few(admin_client, department, other_department,
                                                                   agent, page):
    def rows_add() -> None:
        for target in (department, other_department):
            WebhookSubscription.objects.create(name=f"CRM {target.code}", url="https://crm.example.com/hook",
                                               events=["registered"], department=target)
        complaint_make(department=department, registered_by=agent)
        complaint_make(department=other_department, registered_by=agent)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(page).status_code == 200
        return len(captured)

    # given
    rows_add()
    few = queries()

    # when
    rows_add()
    rows_add()

    # then
    assert queries() == few <= 10
