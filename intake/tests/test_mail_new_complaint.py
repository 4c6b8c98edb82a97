import pytest

from complaintdesk.tests.smtp import smtp_server  # noqa: F401 — fixture
from complaintdesk.tests.worker import worker_run
from complaints.choices import Channel
from complaints.models import Complaint
from intake.mail.fetch import mailboxes_poll
from intake.models import InboundMessage
from intake.tests.imap import eml, imap_server, mailbox  # noqa: F401 — fixtures

GEORGIAN = "ინტერნეტი სამი დღეა არ მუშაობს"


@pytest.fixture(autouse=True)
def _acknowledge(settings):
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True


@pytest.mark.django_db
def test_a_new_e_mail_becomes_a_complaint_and_is_acknowledged(imap_server, mailbox, smtp_server):  # noqa: F811
    # given: a Georgian e-mail with a mixed-script subject waiting unread
    imap_server.deliver(eml(subject="Internet არ მუშაობს", body=GEORGIAN + "\n"))
    # when
    taken = mailboxes_poll()
    worker_run()
    # then: one e-mail complaint from the sender, in Georgian, acknowledged through real SMTP
    assert taken == 1
    complaint = Complaint.objects.get()
    assert complaint.channel == Channel.EMAIL and complaint.registered_by is None
    assert (complaint.contact_name, complaint.contact_email) == ("Nino Beridze", "nino@example.com")
    assert complaint.language == "ka" and complaint.department == mailbox.department
    assert complaint.description == f"Internet არ მუშაობს\n\n{GEORGIAN}"
    assert InboundMessage.objects.get().complaint == complaint
    [envelope] = smtp_server.envelopes
    assert envelope.rcpt_tos == ["nino@example.com"] and complaint.tracking_number.encode() in envelope.content
    assert imap_server.unseen_count() == 0
    mailbox.refresh_from_db()
    assert mailbox.last_polled_at is not None and mailbox.last_error == ""


@pytest.mark.django_db
def test_polling_twice_registers_once(imap_server, mailbox):  # noqa: F811
    # given: the same message delivered twice (a duplicate delivery) and polled twice
    imap_server.deliver(eml(subject="Broken router", body="It reboots every hour."))
    mailboxes_poll()
    imap_server.deliver(eml(subject="Broken router", body="It reboots every hour."))
    # when
    taken = mailboxes_poll()
    # then
    assert taken == 0
    assert Complaint.objects.count() == 1 and InboundMessage.objects.count() == 1
    assert Complaint.objects.get().language == "en"
    assert imap_server.unseen_count() == 0
