"""The timeline entry of a sent e-mail."""

from django.utils import timezone

from complaints.models import Interaction

from .models import Email


def email_sent_interaction(*, email: Email) -> Interaction:
    return Interaction.objects.create(
        complaint_id=email.complaint_id, kind=Interaction.Kind.EMAIL_SENT, actor=None, body=email.subject,
        data={"to": email.to, "email": email.pk, "language": email.language}, created_at=timezone.now(),
    )
