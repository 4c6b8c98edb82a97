"""``complaintdesk bench_mail``: e-mail ingestion speed, from a real local IMAP server into complaints (issue 5)."""

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from complaintdesk.benchmarks.local_servers import dovecot_available, dovecot_server, pymap_server
from complaintdesk.benchmarks.mail_messages import messages
from complaints.models import Complaint
from intake.mail.fetch import mailbox_poll
from intake.models import Mailbox
from notifications.models import Email
from routing.models import Department

TARGET_PER_SECOND = 100


class Command(BaseCommand):
    help = (
        "Deliver N customer e-mails (ru/ka/en) to a throw-away local IMAP server (dovecot when installed, "
        "else pymap), then time the mailbox poll that registers them as complaints with their acknowledgements "
        "queued, on the current database. Writes complaints: use a scratch database."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--messages", type=int, default=1000)
        parser.add_argument("--server", choices=["dovecot", "pymap"], default="",
                            help="default: dovecot when installed, else pymap")

    def handle(self, *args, messages: int, server: str, **options) -> None:
        department = Department.objects.filter(is_active=True).order_by("pk").first()
        if department is None:
            raise CommandError("No department: run `complaintdesk demo` or `seed` first.")
        server = server or ("dovecot" if dovecot_available() else "pymap")
        raws = messages_for(count=messages)
        with (dovecot_server() if server == "dovecot" else pymap_server()) as imap:
            started = time.perf_counter()
            imap.deliver_all(raws)
            self.stdout.write(f"{server}: {len(raws)} messages delivered in {time.perf_counter() - started:.1f} s")
            mailbox = Mailbox.objects.create(name=f"bench {time.time():.0f}", host=imap.host, port=imap.port,
                                             username=imap.user, password=imap.password, use_ssl=False,
                                             department=department)
            before = (Complaint.objects.count(), Email.objects.count())
            started, cpu_started = time.perf_counter(), time.process_time()
            taken = mailbox_poll(mailbox=mailbox)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            mailbox.refresh_from_db()
            left = imap.unseen_count()
        complaints = Complaint.objects.count() - before[0]
        emails = Email.objects.count() - before[1]
        Mailbox.objects.filter(pk=mailbox.pk).update(is_active=False)
        self.stdout.write(
            f"{connection.vendor}: {taken} messages taken in {elapsed:.2f} s = {taken / elapsed:.1f} messages/s "
            f"({complaints} complaints registered, {emails} acknowledgements queued, {left} left unread"
            f"{', error: ' + mailbox.last_error if mailbox.last_error else ''}).\n"
            f"CPU time of this process: {cpu:.2f} s = {taken / cpu:.1f} messages per CPU second (the rate on an idle "
            f"core; the wall-clock rate also counts the IMAP server, the database and other load). "
            f"Target: >= {TARGET_PER_SECOND}/s.")


def messages_for(*, count: int) -> list[bytes]:
    """Distinct Message-IDs per run, so that a second run on the same database takes them all again."""
    stamp = f"{time.time_ns()}".encode()
    return [raw.replace(b"@example.net>", b"." + stamp + b"@example.net>") for raw in messages(count)]
