"""Taking one e-mail in: a new complaint, a reply on a complaint, or automatic mail kept aside — once each.

The ``InboundMessage`` row is written in the same transaction as what the message did, so a
message seen again (a crash before it was marked read, a second poll) is recognised and skipped.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from complaints.choices import Channel
from complaints.models import Complaint, Interaction
from notifications.models import Email
from notifications.services import email_queue
from routing.notify import staff_url, supported_language

from ..attachments import attachment_store, attachments_check
from ..models import InboundMessage, Mailbox
from ..services import complaint_register
from .parse import Parsed, message_parse

DESCRIPTION_MAX = 10000


def inbound_take(*, mailbox: Mailbox, raw: bytes) -> InboundMessage | None:
    """Do what the message asks once; ``None`` when it was taken before (nothing is done again)."""
    parsed = message_parse(raw)
    if InboundMessage.objects.filter(mailbox=mailbox, message_id=parsed.message_id).exists():
        return None
    complaint = complaint_for(parsed=parsed)
    kind = kind_of(parsed=parsed, mailbox=mailbox, complaint=complaint)
    try:
        if kind == InboundMessage.Kind.NEW:
            return _register(mailbox=mailbox, parsed=parsed)
        with transaction.atomic():
            inbound = _record(mailbox=mailbox, parsed=parsed, kind=kind, complaint=complaint)
            if complaint is not None and kind == InboundMessage.Kind.REPLY:
                _reply_add(complaint=complaint, parsed=parsed)
            elif complaint is not None:
                _automatic_note(complaint=complaint, parsed=parsed, kind=kind)
            return inbound
    except IntegrityError:  # another poll took it at the same moment
        return None


def complaint_for(*, parsed: Parsed) -> Complaint | None:
    """The complaint a message answers: by the Message-ID of one of our e-mails, else by its number."""
    if parsed.references:
        email = (Email.objects.filter(message_id__in=parsed.references, complaint__isnull=False)
                 .select_related("complaint").first())
        if email is not None:
            return email.complaint
    if parsed.tracking_number:
        return Complaint.objects.filter(tracking_number=parsed.tracking_number).first()
    return None


def kind_of(*, parsed: Parsed, mailbox: Mailbox, complaint: Complaint | None) -> str:
    own = {settings.DEFAULT_FROM_EMAIL.rpartition("<")[2].strip(" >").lower(), mailbox.username.lower()}
    if parsed.is_bounce:
        return InboundMessage.Kind.BOUNCE
    if parsed.is_auto or parsed.sender_address in own or not parsed.sender_address:
        return InboundMessage.Kind.AUTO
    return InboundMessage.Kind.REPLY if complaint is not None else InboundMessage.Kind.NEW


def _record(*, mailbox: Mailbox, parsed: Parsed, kind: str, complaint: Complaint | None,
            note: str = "") -> InboundMessage:
    return InboundMessage.objects.create(
        mailbox=mailbox, message_id=parsed.message_id, kind=kind, complaint=complaint,
        sender=parsed.sender_address[:500], subject=parsed.subject[:500], note=note, received_at=timezone.now(),
    )


def _register(*, mailbox: Mailbox, parsed: Parsed) -> InboundMessage:
    accepted, refused = attachments_sorted(parsed=parsed)
    description = "\n\n".join(part for part in (parsed.subject, parsed.text) if part) or "—"
    fields = {
        "contact_name": (parsed.sender_name or parsed.sender_address)[:200],
        "contact_email": parsed.sender_address,
        "description": description[:DESCRIPTION_MAX],
    }
    try:
        # The message's row commits with the complaint: a crash before the commit leaves neither.
        with transaction.atomic():
            complaint = complaint_register(channel=Channel.EMAIL, fields=fields, registered_by=None,
                                           department=mailbox.department,
                                           attachments=accepted)
            _refused_note(complaint=complaint, refused=refused)
            return _record(mailbox=mailbox, parsed=parsed, kind=InboundMessage.Kind.NEW, complaint=complaint)
    except ValidationError as exc:
        with transaction.atomic():
            return _record(mailbox=mailbox, parsed=parsed, kind=InboundMessage.Kind.REFUSED, complaint=None,
                           note="; ".join(exc.messages)[:2000])


def attachments_sorted(*, parsed: Parsed) -> tuple[list[SimpleUploadedFile], list[tuple[str, str]]]:
    """Files within the limits, and the refused ones with the reason, one by one."""
    accepted: list[SimpleUploadedFile] = []
    refused: list[tuple[str, str]] = []
    for attachment in parsed.attachments:
        upload = SimpleUploadedFile(attachment.name, attachment.content)
        try:
            attachments_check([*accepted, upload])
        except ValidationError as exc:
            refused.append((attachment.name, " ".join(exc.messages)))
        else:
            accepted.append(upload)
    return accepted, refused


def _refused_note(*, complaint: Complaint, refused: list[tuple[str, str]]) -> None:
    for name, reason in refused:
        Interaction.objects.create(
            complaint=complaint, kind=Interaction.Kind.NOTE, by_customer=True,
            body=_("An attachment of the customer's e-mail was not kept: %(reason)s") % {"reason": reason},
            data={"refused_attachment": name}, created_at=timezone.now(),
        )


def _reply_add(*, complaint: Complaint, parsed: Parsed) -> Interaction:
    accepted, refused = attachments_sorted(parsed=parsed)
    text = "\n\n".join(part for part in (parsed.subject, parsed.text) if part)
    interaction = Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.CUSTOMER_MESSAGE, by_customer=True, body=text[:DESCRIPTION_MAX],
        data={"channel": Channel.EMAIL, "message_id": parsed.message_id, "from": parsed.sender_address},
        created_at=timezone.now(),
    )
    for upload in accepted:
        attachment = attachment_store(complaint=complaint, upload=upload)
        Interaction.objects.create(
            complaint=complaint, kind=Interaction.Kind.ATTACHMENT_ADDED, by_customer=True, body=attachment.name,
            data={"attachment_id": attachment.pk, "size": attachment.size}, created_at=timezone.now(),
        )
    _refused_note(complaint=complaint, refused=refused)
    _customer_wrote_email(complaint=complaint, interaction=interaction)
    return interaction


def _customer_wrote_email(*, complaint: Complaint, interaction: Interaction) -> Email | None:
    """Tell the responsible (or, while nobody owns it, the department head) that the customer wrote."""
    reader = complaint.assignee or complaint.department.head
    if reader is None or not reader.is_active or not reader.email:
        return None
    return email_queue(
        key=f"customer-wrote:{interaction.pk}", to=[reader.email], template="intake/email/customer_wrote",
        language=supported_language(reader.language), complaint=complaint,
        context={"complaint": complaint, "text": interaction.body, "staff_url": staff_url(complaint)},
    )


def _automatic_note(*, complaint: Complaint, parsed: Parsed, kind: str) -> Interaction:
    if kind == InboundMessage.Kind.BOUNCE:
        body = _("A delivery failure report arrived: %(subject)s") % {"subject": parsed.subject}
    else:
        body = _("An automatic reply arrived: %(subject)s") % {"subject": parsed.subject}
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.NOTE, body=body,
        data={"inbound": kind, "message_id": parsed.message_id}, created_at=timezone.now(),
    )
