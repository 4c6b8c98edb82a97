"""A malformed or failing message never holds up the mail behind it, and odd bytes still register."""

from unittest import mock

import pytest

from complaints.models import Complaint
from intake.mail import fetch
from intake.mail.fetch import mailboxes_poll
from intake.tests.imap import eml, imap_server, mailbox  # noqa: F401 — fixtures

pytestmark = pytest.mark.django_db


def test_a_nul_character_and_an_unknown_charset_still_make_a_complaint(imap_server, mailbox):  # noqa: F811
    # given
    imap_server.deliver(eml(subject="Broken\x00 meter", body="The meter shows\x00 nothing.", message_id="<a@x>"))
    unknown_charset = eml(subject="Счёт", body="Счёт неверный", message_id="<b@x>").replace(
        b'charset="utf-8"', b'charset="x-no-such-charset"')
    imap_server.deliver(unknown_charset)

    # when
    mailboxes_poll()

    # then
    texts = sorted(Complaint.objects.values_list("description", flat=True))
    assert texts[0] == "Broken meter\n\nThe meter shows nothing."
    assert texts[1].startswith("Счёт\n\nСч")
    assert imap_server.unseen_count() == 0


def test_a_message_that_fails_waits_for_the_next_poll_and_the_others_go_through(imap_server,
                                                                               mailbox):  # noqa: F811
    # given: three messages; the second one fails (whatever the reason) on this poll
    for number in (1, 2, 3):
        imap_server.deliver(eml(subject=f"Complaint {number}", body="No water.", message_id=f"<m{number}@x>"))
    real_take = fetch.inbound_take

    def take_failing_the_second(*, mailbox, raw):
        if b"Complaint 2" in raw:
            raise RuntimeError("cannot read this one now")
        return real_take(mailbox=mailbox, raw=raw)

    # when
    with mock.patch.object(fetch, "inbound_take", side_effect=take_failing_the_second):
        mailboxes_poll()

    # then: 1 and 3 are in, 2 is still unread and the mailbox says why
    assert sorted(Complaint.objects.values_list("description", flat=True)) == [
        "Complaint 1\n\nNo water.", "Complaint 3\n\nNo water."]
    assert imap_server.unseen_count() == 1
    mailbox.refresh_from_db()
    assert "cannot read this one now" in mailbox.last_error

    # when: the next poll
    mailboxes_poll()

    # then
    assert Complaint.objects.count() == 3 and imap_server.unseen_count() == 0
