import pytest

from complaints.models import Complaint, Interaction
from complaints.tests.factories import complaint_make
from intake.mail.fetch import mailboxes_poll
from intake.models import InboundMessage
from intake.tests.imap import USER, eml, imap_server, mailbox  # noqa: F401 — fixtures
from notifications.models import Email

BOUNCE = b"""From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: complaints@example.com
Subject: Undelivered Mail Returned to Sender
Message-ID: <bounce1@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system. Your message could not be delivered.
--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; nino@example.com
Action: failed
Status: 5.1.1
--B--
"""

BOUNCE_WITH_HEADERS = """From: MAILER-DAEMON@mx.example.net
To: complaints@example.com
Subject: Delivery Status Notification (Failure)
Message-ID: <bounce2@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Delivery to nino@example.com failed permanently.
--B
Content-Type: text/rfc822-headers

From: complaints@complaintdesk.local
To: nino@example.com
Message-ID: {message_id}
Subject: We have registered your complaint
--B--
"""


@pytest.fixture(autouse=True)
def _acknowledge(settings):
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True


@pytest.mark.django_db
@pytest.mark.parametrize("headers", [{"Auto-Submitted": "auto-replied"}, {"Precedence": "bulk"},
                                     {"X-Auto-Response-Suppress": "All"}])
def test_an_auto_reply_is_kept_but_neither_registered_nor_answered(imap_server, mailbox, headers):  # noqa: F811
    # given
    imap_server.deliver(eml(subject="Out of office", body="I am away until Monday.", headers=headers))
    # when
    mailboxes_poll()
    # then
    assert not Complaint.objects.exists() and not Email.objects.exists()
    assert InboundMessage.objects.get().kind == InboundMessage.Kind.AUTO
    assert imap_server.unseen_count() == 0


@pytest.mark.django_db
def test_a_bounce_is_kept_and_noted_on_its_complaint_but_not_answered(imap_server, mailbox, department):  # noqa: F811
    # given: a complaint, then a delivery report about our acknowledgement
    complaint = complaint_make(department=department)
    ack = Email.objects.get(key=f"ack:{complaint.pk}")
    imap_server.deliver(BOUNCE.replace(b"Subject: Undelivered",
                                       f"In-Reply-To: {ack.message_id}\nSubject: Undelivered".encode()))
    # when
    mailboxes_poll()
    # then: kept as a bounce, a note on the timeline, nothing registered or sent
    inbound = InboundMessage.objects.get()
    assert (inbound.kind, inbound.complaint) == (InboundMessage.Kind.BOUNCE, complaint)
    assert complaint.interactions.filter(kind=Interaction.Kind.NOTE, body__contains="delivery failure").exists()
    assert not complaint.interactions.filter(kind=Interaction.Kind.CUSTOMER_MESSAGE).exists()
    assert Complaint.objects.count() == 1 and Email.objects.count() == 1


@pytest.mark.django_db
def test_a_bounce_is_matched_by_the_returned_headers(imap_server, mailbox, department):  # noqa: F811
    # given: a report quoting the headers of our acknowledgement, without thread headers of its own
    complaint = complaint_make(department=department)
    ack = Email.objects.get(key=f"ack:{complaint.pk}")
    imap_server.deliver(BOUNCE_WITH_HEADERS.format(message_id=ack.message_id).encode())
    # when
    mailboxes_poll()
    # then
    assert InboundMessage.objects.get().complaint == complaint
    assert complaint.interactions.filter(kind=Interaction.Kind.NOTE, body__contains="delivery failure").exists()
    assert Complaint.objects.count() == 1 and Email.objects.count() == 1


@pytest.mark.django_db
def test_a_bounce_without_a_complaint_is_only_kept(imap_server, mailbox):  # noqa: F811
    imap_server.deliver(BOUNCE)
    mailboxes_poll()
    assert InboundMessage.objects.get().kind == InboundMessage.Kind.BOUNCE
    assert not Complaint.objects.exists() and not Email.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("sender", [f"Us <{USER}>", "complaints@complaintdesk.local"])
def test_our_own_mail_coming_back_is_not_a_complaint(imap_server, mailbox, settings, sender):  # noqa: F811
    settings.DEFAULT_FROM_EMAIL = "Complaint desk <complaints@complaintdesk.local>"
    imap_server.deliver(eml(subject="Looping", body="Our own words.", sender=sender))
    mailboxes_poll()
    assert InboundMessage.objects.get().kind == InboundMessage.Kind.AUTO
    assert not Complaint.objects.exists() and not Email.objects.exists()
