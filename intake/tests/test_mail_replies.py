import pytest

from complaints.models import Complaint, Interaction
from complaints.tests.factories import complaint_make
from intake.mail.fetch import mailboxes_poll
from intake.models import InboundMessage
from intake.tests.imap import eml, imap_server, mailbox  # noqa: F401 — fixtures
from notifications.models import Email


@pytest.fixture(autouse=True)
def _acknowledge(settings):
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True


@pytest.fixture
def owned(department, responsible):
    complaint = complaint_make(department=department, fields={"contact_email": "nino@example.com"})
    Complaint.objects.filter(pk=complaint.pk).update(assignee=responsible)
    complaint.refresh_from_db()
    return complaint


def customer_messages(complaint):
    return list(complaint.interactions.filter(kind=Interaction.Kind.CUSTOMER_MESSAGE))


@pytest.mark.django_db
def test_a_reply_to_our_acknowledgement_joins_the_timeline(imap_server, mailbox, owned, responsible):  # noqa: F811
    # given: the customer answers the acknowledgement from their mail client
    ack = Email.objects.get(key=f"ack:{owned.pk}")
    imap_server.deliver(eml(subject="Re: we have registered your complaint", body="The router is a TP-Link.",
                            message_id="<reply1@example.com>",
                            headers={"In-Reply-To": ack.message_id, "References": ack.message_id}))
    # when
    mailboxes_poll()
    # then: a customer message on that complaint, its responsible told, no new complaint and no new ack
    [message] = customer_messages(owned)
    assert message.by_customer and "The router is a TP-Link." in message.body
    assert Complaint.objects.count() == 1
    told = Email.objects.get(key=f"customer-wrote:{message.pk}")
    assert told.to == [responsible.email] and "The router is a TP-Link." in told.text
    assert InboundMessage.objects.get().kind == InboundMessage.Kind.REPLY
    assert Email.objects.filter(key__startswith="ack:").count() == 1


@pytest.mark.django_db
def test_a_tracking_number_in_the_subject_finds_the_complaint(imap_server, mailbox, owned):  # noqa: F811
    # given: a fresh e-mail (no thread headers) naming the complaint's number
    imap_server.deliver(eml(subject=f"Complaint {owned.tracking_number} — still broken", body="Nothing changed.",
                            message_id="<fresh@example.com>"))
    # when
    mailboxes_poll()
    # then
    [message] = customer_messages(owned)
    assert "Nothing changed." in message.body
    assert Complaint.objects.count() == 1
    assert InboundMessage.objects.get().complaint == owned
