"""Reminding owners of effectiveness checks that are due: each action's owner once per check date."""

from datetime import date

from django.conf import settings
from django.db import transaction

from notifications.models import Email
from notifications.services import email_queue

from .models import CorrectiveAction

BATCH_SIZE = 200  # a day's due checks: a few hundred rows at most


def reminder_key(action: CorrectiveAction) -> str:
    return f"capa-check:{action.pk}:{action.check_on.isoformat()}"


def capa_checks_due(*, today: date) -> list[CorrectiveAction]:
    """Done, not yet checked, check date reached, owner with an e-mail address, not yet reminded."""
    actions = list(CorrectiveAction.objects.filter(status=CorrectiveAction.Status.DONE, result="",
                                                   check_on__lte=today)
                   .exclude(owner__email="").select_related("owner").order_by("check_on", "id")[:BATCH_SIZE])
    reminded = set(Email.objects.filter(key__in=[reminder_key(a) for a in actions]).values_list("key", flat=True))
    return [a for a in actions if reminder_key(a) not in reminded]


def capa_check_reminders_send(*, today: date) -> int:
    """Queue one reminder per due check (the e-mail key makes it once); returns how many were queued."""
    actions = capa_checks_due(today=today)
    for action in actions:
        owner = action.owner
        with transaction.atomic():
            email_queue(key=reminder_key(action), to=[owner.email], template="capa/email/check_due",
                        language=owner.language,
                        context={"action": action, "recipient": owner,
                                 "url": settings.COMPLAINTDESK_BASE_URL.rstrip("/") + action.get_absolute_url()})
    return len(actions)
