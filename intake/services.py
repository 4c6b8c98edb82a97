"""Registration: every channel ends here, so every complaint is registered the same way."""

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from accounts.models import User
from audit.models import AuditAction
from audit.services import audit_record
from coaching.language import customer_language
from coaching.script import script_steps_clean
from complaints import timeline
from complaints.choices import Channel, Kind, Origin
from complaints.models import Category, Complaint
from complaints.services import handoff_apply
from deadlines.policy import first_contact_due_at, solution_due_at
from deadlines.selectors import deadline_rules
from notifications.models import Email
from notifications.services import email_queue
from routing.models import Department
from routing.notify import status_url, supported_language
from routing.services import complaint_route, route_record
from similarity.index import similarity_index_add
from webhooks.events import Event
from webhooks.services import webhook_event_emit

from .attachments import attachment_store, attachments_check
from .models import Receipt
from .tracking import access_token_new, tracking_number_next

# What the customer tells us (PRODUCT.md, Registration), as Complaint fields.
CUSTOMER_FIELDS = (
    "organisation", "contact_name", "contact_position", "contact_phone", "contact_email", "contact_address",
    "account_ref", "occurred_on", "product", "performed_by", "description", "emotion", "desired_outcome",
    "desired_outcome_detail",
)
SEARCHED_FIELDS = ("tracking_number", "organisation", "contact_name", "contact_phone", "contact_email",
                   "product", "description")


def search_text_for(complaint: Complaint) -> str:
    return " ".join(str(getattr(complaint, name) or "") for name in SEARCHED_FIELDS).lower()


def complaint_unsaved(*, channel: str, fields: Mapping[str, Any], kind: str, origin: str, importance: str,
                      language: str, now: datetime, attachments: list[UploadedFile],
                      **related: Any) -> Complaint:
    """The new complaint, checked and not saved: what registration refuses before it writes anything.

    Raises ``ValidationError`` with field errors in the active language.
    """
    unknown = set(fields) - set(CUSTOMER_FIELDS)
    if unknown:
        raise ValueError(f"not customer fields: {sorted(unknown)}")
    complaint = Complaint(
        **{name: value for name, value in fields.items() if value is not None},
        channel=channel, kind=kind, origin=origin, language=language[:8], created_at=now, due_at=now,
        tracking_number="CD-0000-000000", access_token="-", **related,
    )
    if importance:
        complaint.importance = importance
    if channel == Channel.INTERNAL:
        complaint.origin = Origin.INTERNAL
    errors: dict[str, list[str]] = {}
    try:
        # The check constraints repeat the fields' choices (checked here) and the database enforces them;
        # validating them in Python cost half of a registration. The related rows come from the caller,
        # not from the customer: checking that they exist would cost a query each.
        complaint.full_clean(exclude=["department", "tracking_number", "access_token", "search_text",
                                      "registered_by", "cause_category", "subject_category", "assignee",
                                      "root_cause"],
                             validate_constraints=False)
    except ValidationError as exc:
        errors.update(exc.message_dict)
    try:
        attachments_check(attachments)
    except ValidationError as exc:
        errors.setdefault("attachments", []).extend(exc.messages)
    if errors:
        raise ValidationError(errors)
    return complaint


def complaint_check(*, channel: str, fields: Mapping[str, Any], attachments: list[UploadedFile]) -> None:
    """Raise ``ValidationError`` for what registration would refuse in what the customer sent; writes nothing."""
    complaint_unsaved(channel=channel, fields=fields, kind=Kind.COMPLAINT, origin=Origin.EXTERNAL, importance="",
                      language=get_language() or settings.LANGUAGE_CODE, now=timezone.now(),
                      attachments=attachments)


# Not durable: a caller may commit its own row with the complaint (the API's Idempotency-Key).
@transaction.atomic
def complaint_register(
    *,
    channel: str,
    fields: Mapping[str, Any],
    registered_by: User | None,
    language: str = "",
    kind: str = Kind.COMPLAINT,
    origin: str = Origin.EXTERNAL,
    importance: str = "",
    department: Department | None = None,
    cause_category: Category | None = None,
    subject_category: Category | None = None,
    script_steps: Iterable[str] = (),
    attachments: list[UploadedFile] | None = None,
    receipt: Receipt | None = None,
) -> Complaint:
    """Register at once (PRODUCT.md, stage 1); nothing is saved unless all of it is valid.

    Appeals that are not complaints are registered too, and handed off at once.
    ``language`` is the customer's language when the customer or the employee chose it; left empty,
    it is detected from what the customer wrote, else it is the active (page) language.
    Raises ``ValidationError`` with field errors in the active language. A caller may wrap it in
    its own transaction to commit a row of its own with the complaint (the e-mail channel's
    inbound message, the API's Idempotency-Key). A complaint accepted earlier (``receipt``,
    ``intake.receiving``) keeps the number, link and time it was given then.
    """
    attachments = attachments or []
    now = receipt.received_at if receipt else timezone.now()
    language = customer_language(
        chosen=language, fallback=get_language() or settings.LANGUAGE_CODE,
        texts=[str(fields.get(name) or "") for name in ("description", "emotion", "desired_outcome_detail")],
    )
    complaint = complaint_unsaved(
        channel=channel, fields=fields, kind=kind, origin=origin, importance=importance, language=language,
        now=now, attachments=attachments, cause_category=cause_category, subject_category=subject_category,
        registered_by=registered_by, script_steps=script_steps_clean(list(script_steps)),
    )

    route = complaint_route(complaint=complaint, requested=department)  # department, owner, language flag
    rules = deadline_rules()
    dating = {"registered_at": now, "department_id": complaint.department.pk, "kind": complaint.kind,
              "origin": complaint.origin, "importance": complaint.importance, "rules": rules}
    complaint.due_at = solution_due_at(**dating)
    complaint.first_contact_due_at = first_contact_due_at(**dating)
    if receipt:
        complaint.tracking_number, complaint.access_token = receipt.tracking_number, receipt.access_token
    else:
        complaint.tracking_number, complaint.access_token = tracking_number_next(year=now.year), access_token_new()
    complaint.search_text = search_text_for(complaint)
    complaint.save()
    similarity_index_add(complaint=complaint)
    registered = timeline.registered_interaction(complaint=complaint, actor=registered_by)
    webhook_event_emit(event=Event.REGISTERED, complaint=complaint, interaction=registered)
    audit_record(action=AuditAction.COMPLAINT_REGISTERED, target=complaint, actor=registered_by,
                 actor_label="" if registered_by else "customer",
                 data={"channel": channel, "kind": kind, "origin": complaint.origin})
    route_record(complaint=complaint, route=route)
    for upload in attachments:
        attachment = attachment_store(complaint=complaint, upload=upload)
        timeline.attachment_added_interaction(complaint=complaint, actor=registered_by, attachment=attachment)
        audit_record(action=AuditAction.COMPLAINT_ATTACHMENT_ADDED, target=complaint, actor=registered_by,
                     data={"attachment": attachment.pk, "name": attachment.name})
    if kind != Kind.COMPLAINT:
        handoff_apply(complaint=complaint, actor=registered_by, kind=kind)
    if complaint.contact_email and settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL:
        acknowledgement_email(complaint=complaint, fresh=True)  # the complaint is new: so is the e-mail's key
    return complaint


def acknowledgement_email(*, complaint: Complaint, fresh: bool = False) -> Email:
    """Tell the customer the number, the deadline and the status link, in their language; once per complaint.

    The stored Message-ID lets the customer's reply thread back to the complaint (``intake.mail``).
    """
    return email_queue(
        key=f"ack:{complaint.pk}", to=[complaint.contact_email], template="intake/email/acknowledgement",
        language=supported_language(complaint.language), complaint=complaint,
        context={"complaint": complaint, "status_url": status_url(complaint), "time_zone": settings.TIME_ZONE},
        fresh=fresh,
    )
