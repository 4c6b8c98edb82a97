import pytest

from routing.tests.factories import AssignmentRuleFactory
from webhooks.events import Event
from webhooks.models import WebhookSubscription

from .receiver import Receiver


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def subscribed_events():
    """What ``subscription`` asks for; a test module overrides it to follow one event."""
    return list(Event.values)


@pytest.fixture
def subscription(db, receiver, settings, subscribed_events):
    """An active subscription to ``subscribed_events``, pointing at ``receiver``, which checks with its secret."""
    settings.COMPLAINTDESK_WEBHOOK_CONNECT_TIMEOUT = 2
    settings.COMPLAINTDESK_WEBHOOK_READ_TIMEOUT = 2
    subscription = WebhookSubscription.objects.create(name="CRM", url=f"{receiver.url}/hooks/complaintdesk?v=1",
                                                      events=subscribed_events)
    receiver.secret = subscription.secret
    return subscription


@pytest.fixture
def routed_to(department):
    """New complaints of ``department`` go to the given person (an assignment rule)."""
    def make(person):
        return AssignmentRuleFactory(target_department=department, department=department, responsible=person)
    return make
