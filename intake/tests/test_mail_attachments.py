from email import policy
from email.message import EmailMessage

import pytest

from complaints.models import Complaint, Interaction
from intake.mail.fetch import mailboxes_poll
from intake.tests.imap import USER, imap_server, mailbox  # noqa: F401 — fixtures


def with_attachments(*files: tuple[str, bytes, str]) -> bytes:
    message = EmailMessage(policy=policy.SMTP)
    message["From"], message["To"], message["Subject"] = "nino@example.com", USER, "Invoice is wrong"
    message["Message-ID"] = "<att@example.com>"
    message.set_content("See the attached files.")
    for name, content, mime in files:
        maintype, subtype = mime.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


@pytest.mark.django_db
def test_refused_attachments_are_listed_and_the_rest_kept(imap_server, mailbox, settings):  # noqa: F811
    # given: a PDF within the limits, a program, and a too large image
    settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES = 1000
    imap_server.deliver(with_attachments(("invoice.pdf", b"%PDF-1.4 small", "application/pdf"),
                                         ("setup.exe", b"MZ", "application/octet-stream"),
                                         ("photo.jpg", b"x" * 5000, "image/jpeg")))
    # when
    mailboxes_poll()
    # then: the complaint exists with the PDF; each refused file is on the timeline by name and reason
    complaint = Complaint.objects.get()
    assert list(complaint.attachments.values_list("name", flat=True)) == ["invoice.pdf"]
    notes = list(complaint.interactions.filter(kind=Interaction.Kind.NOTE).values_list("body", flat=True))
    assert len(notes) == 2
    assert "setup.exe" in notes[0] and "do not accept" in notes[0]
    assert "photo.jpg" in notes[1] and "limit" in notes[1]
    assert imap_server.unseen_count() == 0
