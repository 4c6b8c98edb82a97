from unittest import mock

import pytest

from complaints.models import Complaint
from intake.mail import fetch
from intake.mail.fetch import mailboxes_poll
from intake.models import InboundMessage
from intake.tests.imap import eml, imap_server, mailbox  # noqa: F401 — fixtures
from notifications.models import Email


@pytest.fixture(autouse=True)
def _acknowledge(settings):
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True


@pytest.mark.django_db
def test_a_crash_before_marking_read_does_not_register_twice(imap_server, mailbox):  # noqa: F811
    # given: the process dies after the complaint was committed, before the message was marked read
    imap_server.deliver(eml(subject="No water", body="No water since morning."))
    with mock.patch.object(fetch, "message_mark_seen", side_effect=ConnectionResetError("connection lost")):
        mailboxes_poll()
    mailbox.refresh_from_db()
    assert "connection lost" in mailbox.last_error
    assert imap_server.unseen_count() == 1 and Complaint.objects.count() == 1
    # when: the next poll finds it unread again
    taken = mailboxes_poll()
    # then: skipped as already taken, and now marked read
    assert taken == 0
    assert Complaint.objects.count() == 1 and InboundMessage.objects.count() == 1
    assert Email.objects.filter(key__startswith="ack:").count() == 1
    assert imap_server.unseen_count() == 0
    mailbox.refresh_from_db()
    assert mailbox.last_error == ""


@pytest.mark.django_db
def test_a_failure_before_the_commit_leaves_the_message_for_the_next_poll(imap_server, mailbox):  # noqa: F811
    # given: registration fails (the database is unavailable, say) for the first poll
    imap_server.deliver(eml(subject="No water", body="No water since morning."))
    with mock.patch.object(fetch, "inbound_take", side_effect=RuntimeError("database gone")):
        mailboxes_poll()
    assert imap_server.unseen_count() == 1 and not Complaint.objects.exists()
    # when
    mailboxes_poll()
    # then
    assert Complaint.objects.count() == 1 and imap_server.unseen_count() == 0


@pytest.mark.django_db
def test_a_broken_mailbox_records_its_error(mailbox, imap_server):  # noqa: F811
    mailbox.password = "wrong"
    mailbox.save()
    mailboxes_poll()
    mailbox.refresh_from_db()
    assert mailbox.last_error and mailbox.last_polled_at is not None
