"""The timeline entries a corrective action writes on each of its complaints."""

from django.utils import timezone

from accounts.models import User
from complaints.models import Interaction

from .models import CorrectiveAction


def capa_interactions(*, action: CorrectiveAction, actor: User, kind: Interaction.Kind, body: str,
                      data: dict | None = None) -> list[Interaction]:
    """One entry per linked complaint, all at the same moment."""
    now = timezone.now()
    payload = {"corrective_action": action.pk, **(data or {})}
    return Interaction.objects.bulk_create(
        Interaction(complaint=complaint, kind=kind, actor=actor, body=body, data=payload, created_at=now)
        for complaint in action.complaints.all()
    )
