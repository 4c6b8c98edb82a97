"""The coach's timeline entry: a reply went out although the coach found something in it."""

from django.utils import timezone

from accounts.models import User
from complaints.models import Complaint, Interaction

from .selectors import CoachResult


def coach_findings_interaction(*, complaint: Complaint, actor: User | None, where: str, text: str,
                               result: CoachResult) -> Interaction:
    """``where``: what was sent ("proposal", "delay_notice"); the findings keep their offsets into ``text``."""
    return Interaction.objects.create(
        complaint=complaint, kind=Interaction.Kind.COACH_FINDINGS, actor=actor, body=text[:10000],
        data={"where": where, "language": result.language, "pack_version": result.pack_version,
              "findings": [finding.as_dict() for finding in result.findings]},
        created_at=timezone.now(),
    )
