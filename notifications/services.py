"""Queue and send outgoing e-mail.

``email_queue`` renders a message in the recipient's language and stores it with a
unique key inside the caller's transaction, together with the task that sends it:
the e-mail exists exactly when the change it is about does. ``email_send`` sends a
stored message at most once, under a row lock, and records failures for a retry.
"""

import smtplib
from collections.abc import Iterable
from datetime import timedelta
from email.utils import make_msgid
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation
from django.utils.safestring import mark_safe

from complaints.models import Complaint

from .models import Email, EmailAttachment
from .timeline import email_sent_interaction

# A failed send is tried again after these delays; after the last one the e-mail is marked failed.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2))
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


def email_render(*, template: str, context: dict[str, Any], language: str) -> tuple[str, str, str]:
    """Subject, plain text and HTML of ``template`` in ``language``.

    ``<template>.html`` is the body only: it is wrapped in ``notifications/email/layout.html``
    (document, styles and the contact-phone footer). ``<template>.txt`` gets the footer of
    ``notifications/email/footer.txt``. Subject and text are rendered without HTML escaping.
    """
    context = {
        "base_url": settings.COMPLAINTDESK_BASE_URL.rstrip("/"),
        "contact_phone": settings.COMPLAINTDESK_CONTACT_PHONE,
        **context,
    }
    with translation.override(language):
        subject = " ".join(plain_render(f"{template}_subject.txt", context).split())
        text = plain_render(f"{template}.txt", context).strip()
        footer = plain_render("notifications/email/footer.txt", context).strip()
        body = render_to_string(f"{template}.html", context)
        html = render_to_string("notifications/email/layout.html",
                                {**context, "subject": subject, "body": mark_safe(body), "language": language})
    return subject, f"{text}\n\n-- \n{footer}\n", html


def plain_render(name: str, context: dict[str, Any]) -> str:
    return get_template(name).template.render(Context(context, autoescape=False))


def message_id_make() -> str:
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "complaintdesk.local"
    return make_msgid(domain=domain)


def email_queue(*, key: str, to: list[str], template: str, context: dict[str, Any], language: str,
                complaint: Complaint | None = None,
                attachments: list[tuple[str, bytes, str]] | None = None, fresh: bool = False) -> Email:
    """Render `<template>_subject.txt`, `<template>.txt` and `<template>.html` in `language`
    (translation.override), store an `Email` row (unique `key`: queueing the same key again
    returns the existing row and sends nothing new) and enqueue `email_send_task(email_id=…)`
    in the caller's transaction. Call inside the transaction of the change the e-mail is about.

    The context also gets ``base_url`` (for absolute links) and ``contact_phone``; every
    message ends with the contact phone. Addresses are stripped and de-duplicated; an
    empty list raises ``ValueError`` (leave out recipients without an address before).
    ``attachments`` are ``(file name, content, content type)``, stored with the e-mail.
    ``fresh``: the key cannot have been used yet (it names a row made in this transaction, such as
    a new complaint): neither looked up nor guarded by a savepoint, three round trips fewer.
    """
    if not fresh:
        existing = Email.objects.filter(key=key).first()
        if existing is not None:
            return existing
    recipients = list(dict.fromkeys(address.strip() for address in to if address and address.strip()))
    if not recipients:
        raise ValueError(f"e-mail {key!r} has no recipient")
    subject, text, html = email_render(template=template, context=context, language=language)
    row = {"key": key, "to": recipients, "subject": subject[:500], "text": text, "html": html, "language": language,
           "complaint": complaint, "attachments": attachments or ()}
    if fresh:
        return email_store(**row)
    try:
        # A savepoint: if another transaction queued the same key first, only this insert is undone.
        with transaction.atomic():
            return email_store(**row)
    except IntegrityError:
        return Email.objects.get(key=key)


def email_store(*, attachments: Iterable[tuple[str, bytes, str]], **fields: Any) -> Email:
    from .tasks import email_send_task

    email = Email.objects.create(**fields, message_id=message_id_make(), created_at=timezone.now())
    EmailAttachment.objects.bulk_create(
        EmailAttachment(email=email, filename=name, content=content, content_type=content_type)
        for name, content, content_type in attachments)
    email_send_task.enqueue(email_id=email.pk)
    return email


def email_send(*, email_id: int) -> Email | None:
    """Send the stored e-mail unless it was sent already; safe to run twice or concurrently.

    The row stays locked while the mail server is talked to, so a second worker waits and
    then finds it sent. A failure is recorded (error, attempt count) and a retry is queued
    with the failure, until ``MAX_ATTEMPTS``; the exception is raised again so the task run
    shows as failed. If the process dies after the server accepted the message but before
    the commit, the retry sends it again with the same Message-ID, which mail clients use
    to recognise the duplicate.
    """
    from .tasks import email_send_task

    error: Exception | None = None
    with transaction.atomic():
        email = Email.objects.select_for_update().filter(pk=email_id).first()
        if email is None or email.status == Email.Status.SENT:
            return email
        email.attempts += 1
        try:
            email_message(email=email).send()
        except (smtplib.SMTPException, OSError) as exc:
            error = exc
            email.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            if email.attempts < MAX_ATTEMPTS:
                email.status = Email.Status.QUEUED
                retry_at = timezone.now() + RETRY_DELAYS[email.attempts - 1]
                email_send_task.using(run_after=retry_at).enqueue(email_id=email.pk)
            else:
                email.status = Email.Status.FAILED
            email.save(update_fields=["attempts", "last_error", "status"])
        else:
            email.status, email.sent_at = Email.Status.SENT, timezone.now()
            email.save(update_fields=["attempts", "status", "sent_at"])
            if email.complaint_id is not None:
                email_sent_interaction(email=email)
    if error is not None:
        raise error
    return email


def email_message(*, email: Email) -> EmailMultiAlternatives:
    """The message as sent: plain text with an HTML alternative and the stored Message-ID."""
    message = EmailMultiAlternatives(
        subject=email.subject, body=email.text, from_email=settings.DEFAULT_FROM_EMAIL, to=email.to,
        headers={"Message-ID": email.message_id, "Content-Language": email.language},
    )
    message.attach_alternative(email.html, "text/html")
    for attachment in email.attachments.all():
        message.attach(attachment.filename, bytes(attachment.content), attachment.content_type)
    return message
