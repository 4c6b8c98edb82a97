"""Only active subscriptions hear of the events they chose, for their department if they name one."""

import pytest

from complaintdesk.tests.worker import worker_run
from complaints.models import Interaction
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from webhooks.events import Event
from webhooks.models import WebhookDelivery, WebhookSubscription
from webhooks.services import webhook_event_emit

pytestmark = pytest.mark.django_db


def test_a_department_subscription_hears_only_of_its_departments_complaints(subscription, receiver, department,
                                                                            other_department, agent):
    # given
    subscription.department = other_department
    subscription.save()

    # when
    complaint_make(department=department, registered_by=agent)
    theirs = complaint_make(department=other_department, registered_by=agent)
    worker_run()

    # then
    assert [(request.payload["event"], request.payload["complaint"]["tracking_number"])
            for request in receiver.received] == [("registered", theirs.tracking_number)]


def test_an_inactive_subscription_receives_nothing(subscription, receiver, department, agent, responsible):
    # given
    subscription.is_active = False
    subscription.save()

    # when
    complaint = complaint_make(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    worker_run()

    # then
    assert receiver.received == []
    assert not WebhookDelivery.objects.exists()


@pytest.mark.parametrize("subscribed_events", [["closed", "reopened"]])
def test_a_subscription_hears_only_the_events_it_chose(subscription, receiver, complaint, responsible):
    # when
    complaint_take(complaint=complaint, actor=responsible)
    worker_run()

    # then
    assert receiver.received == []


def test_with_no_subscription_an_event_costs_one_query(complaint, django_assert_num_queries):
    # given
    registered = Interaction.objects.get(complaint=complaint, kind=Interaction.Kind.REGISTERED)
    WebhookSubscription.objects.create(name="Off", url="https://crm.example.com/hook", events=list(Event.values),
                                       is_active=False)

    # when / then
    with django_assert_num_queries(1):
        assert webhook_event_emit(event=Event.REGISTERED, complaint=complaint, interaction=registered) == []
