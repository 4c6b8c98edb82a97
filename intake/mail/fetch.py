"""Polling the mailboxes over IMAP: each unread message is taken in, then marked read — in that order.

A message is marked ``\\Seen`` only after its transaction committed; if anything fails before, it stays
unread and the next poll finds its ``InboundMessage`` (skipped) or takes it in then. Messages commit
in small groups, each in a savepoint: a message that fails stays unread and does not hold up the ones
around it; the mailbox shows the last error.
"""

import logging
from dataclasses import dataclass
from itertools import islice

from django.db import transaction
from django.utils import timezone
from imap_tools import AND, MailBox, MailBoxUnencrypted, MailMessage, MailMessageFlags

from complaintdesk.reference_data import reference_data_kept

from ..models import Mailbox
from .services import inbound_take

logger = logging.getLogger(__name__)
TIMEOUT_SECONDS = 30
BATCH = 50  # messages fetched per round trip
COMMIT_EVERY = 25  # messages per transaction, then marked read


def mailbox_connect(*, mailbox: Mailbox) -> MailBox | MailBoxUnencrypted:
    client_class = MailBox if mailbox.use_ssl else MailBoxUnencrypted
    client = client_class(mailbox.host, mailbox.port, timeout=TIMEOUT_SECONDS)
    return client.login(mailbox.username, mailbox.password, initial_folder=mailbox.folder)


def message_mark_seen(*, client: MailBox | MailBoxUnencrypted, uids: list[str]) -> None:
    if uids:
        client.flag(uids, MailMessageFlags.SEEN, True)


def mailbox_poll(*, mailbox: Mailbox) -> int:
    """Take in every unread message of ``mailbox``; the number of messages that did something new.

    Routing rules, calendars and deadline policies are read once for the poll.
    """
    taken = 0
    error = ""
    try:
        with mailbox_connect(mailbox=mailbox) as client, reference_data_kept():
            fetched = client.fetch(AND(seen=False), mark_seen=False, bulk=BATCH)
            while chunk := list(islice(fetched, COMMIT_EVERY)):
                outcome = chunk_take(mailbox=mailbox, messages=chunk)
                taken, error = taken + outcome.taken, outcome.error or error
                message_mark_seen(client=client, uids=outcome.done)
    except Exception as exc:
        logger.exception("mailbox %s: poll failed", mailbox.pk)
        error = f"{type(exc).__name__}: {exc}"[:2000]
    Mailbox.objects.filter(pk=mailbox.pk).update(last_polled_at=timezone.now(), last_error=error)
    return taken


@dataclass(frozen=True)
class ChunkOutcome:
    taken: int  # messages that did something new
    done: list[str]  # committed: to be marked read
    error: str  # the last message's failure, if one failed


def chunk_take(*, mailbox: Mailbox, messages: list[MailMessage]) -> ChunkOutcome:
    """Take in a few messages in one transaction, each in a savepoint of its own.

    One commit for several messages (a disk flush each on a production database). A message
    that fails is undone alone and stays unread for the next poll; the others commit together.
    """
    taken, done, error = 0, [], ""
    with transaction.atomic(durable=True):
        for message in messages:
            try:
                with transaction.atomic():
                    if inbound_take(mailbox=mailbox, raw=message.obj.as_bytes()) is not None:
                        taken += 1
            except Exception as exc:  # this one waits for the next poll; the others go on
                logger.exception("mailbox %s: message %s failed", mailbox.pk, message.uid)
                error = f"{type(exc).__name__}: {exc}"[:2000]
                continue
            done.append(message.uid)
    return ChunkOutcome(taken=taken, done=done, error=error)


def mailboxes_poll() -> int:
    return sum(mailbox_poll(mailbox=mailbox) for mailbox in Mailbox.objects.filter(is_active=True))
