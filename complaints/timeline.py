"""One small function per kind of timeline entry that is not a state change.

State changes write their entries through ``complaints.workflow.transition``.
"""

from django.utils import timezone

from accounts.models import User

from .models import Attachment, Complaint, Interaction


def registered_interaction(*, complaint: Complaint, actor: User | None) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.REGISTERED, actor=actor, by_customer=actor is None,
        data={"channel": complaint.channel, "kind": complaint.kind, "origin": complaint.origin},
        created_at=complaint.created_at,
    )


def note_interaction(*, complaint: Complaint, actor: User, body: str, is_call: bool) -> Interaction:
    kind = Interaction.Kind.CALL if is_call else Interaction.Kind.NOTE
    return Interaction.objects.create(complaint=complaint, kind=kind, actor=actor, body=body,
                                      created_at=timezone.now())


def script_updated_interaction(*, complaint: Complaint, actor: User, added: list[str],
                               removed: list[str]) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.SCRIPT_UPDATED, actor=actor,
        data={"added": added, "removed": removed}, created_at=timezone.now(),
    )


def attachment_added_interaction(*, complaint: Complaint, actor: User | None,
                                 attachment: Attachment) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.ATTACHMENT_ADDED, actor=actor, by_customer=actor is None,
        body=attachment.name, data={"attachment_id": attachment.pk, "size": attachment.size},
        created_at=timezone.now(),
    )


def letter_received_interaction(*, complaint: Complaint, actor: User, received_on, scan: Attachment) -> Interaction:
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.LETTER_RECEIVED, actor=actor, body=scan.name,
        data={"received_on": received_on.isoformat(), "attachment_id": scan.pk,
              "address": complaint.contact_address},
        created_at=timezone.now(),
    )


def imported_interaction(*, complaint: Complaint, actor: User, file_name: str, row: int) -> Interaction:
    """The historical complaint's origin: which file and row it came from, dated when it was registered."""
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.IMPORTED, actor=actor,
        data={"file": file_name, "row": row}, created_at=complaint.created_at,
    )
