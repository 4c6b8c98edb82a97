"""Writes of the reply coach: a pack's new version after an edit; findings kept when a reply is sent."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from accounts.models import User
from complaints.models import Complaint, Interaction

from .categories import Severity
from .models import PhrasePack
from .selectors import reply_coach
from .timeline import coach_findings_interaction


def phrase_pack_version_bump(*, pack: PhrasePack) -> PhrasePack:
    """Every edit of a pack or its rules makes a new version: checks record it, processes recompile it."""
    PhrasePack.objects.filter(pk=pack.pk).update(version=F("version") + 1, updated_at=timezone.now())
    pack.refresh_from_db(fields=["version", "updated_at"])
    return pack


def reply_findings_record(*, complaint: Complaint, actor: User | None, where: str, texts: list[str],
                          whole_reply: bool = True) -> Interaction | None:
    """Sending with findings is allowed, but the timeline keeps them (issue 7). Call inside the sending
    service's transaction, so the record exists exactly when the reply does. ``whole_reply`` False: only
    the phrases, for a text the system completes (a delay notice's e-mail adds the new date)."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("reply_findings_record must run inside the transaction of the reply")
    text = "\n\n".join(part for part in texts if part and part.strip())
    if not text:
        return None
    # The language as written, else the customer's.
    result = reply_coach(text=text, complaint=complaint, whole_reply=whole_reply)
    # Advice alone (no thanks, no next step said) is shown while typing, not kept: only warnings are.
    if not any(finding.severity == Severity.WARNING for finding in result.findings):
        return None
    return coach_findings_interaction(complaint=complaint, actor=actor, where=where, text=text, result=result)
