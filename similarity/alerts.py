"""Writes of systemic alerts: record a cluster, tell quality management, open its corrective action."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from capa.models import CorrectiveAction
from capa.services import corrective_action_record
from complaintdesk.errors import DomainError
from notifications.services import email_queue

from .models import SystemicAlert, SystemicRule

Outcome = Literal["created", "grown", "unchanged"]
CAPA_DUE_DAYS = 30  # a corrective action opened from an alert: due in a month, its effect checked a month later
CAPA_CHECK_DAYS = 30


@dataclass(frozen=True)
class Registered:
    """What the alert records of a complaint in the window: when, and about which category and product."""

    created_at: datetime
    subject_category_id: int | None
    product: str


def systemic_alert_record(*, rule: SystemicRule, complaints: Mapping[int, Registered],
                          now: datetime) -> tuple[SystemicAlert, Outcome]:
    """The alert of the cluster ``complaints`` (id: when and about what) under ``rule``: the one sharing a
    complaint with it, or a new one.

    Call inside a transaction holding ``rule`` locked. A new alert is e-mailed to quality management.
    """
    through = SystemicAlert.complaints.through
    alert = (SystemicAlert.objects.filter(rule=rule, pk__in=through.objects.filter(complaint_id__in=list(complaints))
                                          .values("systemicalert_id"))
             .order_by("created_at", "pk").first())
    first = min(row.created_at for row in complaints.values())
    latest_id, latest = max(complaints.items(), key=lambda item: (item[1].created_at, item[0]))
    if alert is None:
        alert = SystemicAlert.objects.create(
            rule=rule, subject_category_id=latest.subject_category_id if rule.scope == rule.Scope.SUBJECT else None,
            product=latest.product if rule.scope == rule.Scope.PRODUCT else "", sample_id=latest_id,
            complaint_count=len(complaints), first_complaint_at=first, last_complaint_at=latest.created_at,
            created_at=now, updated_at=now)
        through.objects.bulk_create([through(systemicalert_id=alert.pk, complaint_id=pk) for pk in complaints])
        systemic_alert_notify(alert=alert)
        return alert, "created"
    known = set(through.objects.filter(systemicalert_id=alert.pk).values_list("complaint_id", flat=True))
    new = [pk for pk in complaints if pk not in known]
    if not new:
        return alert, "unchanged"
    through.objects.bulk_create([through(systemicalert_id=alert.pk, complaint_id=pk) for pk in new])
    alert.complaint_count = len(known) + len(new)
    alert.first_complaint_at = min(alert.first_complaint_at, first)
    alert.last_complaint_at = max(alert.last_complaint_at, latest.created_at)
    alert.sample_id, alert.updated_at = latest_id, now
    alert.save(update_fields=["complaint_count", "first_complaint_at", "last_complaint_at", "sample", "updated_at"])
    return alert, "grown"


def systemic_alert_recipients() -> list[User]:
    return list(User.objects.filter(is_active=True, role=User.Role.QMS).exclude(email="").order_by("pk"))


def systemic_alert_notify(*, alert: SystemicAlert) -> int:
    """E-mail each QMS employee once about a new alert, in their language; returns how many were queued."""
    url = settings.COMPLAINTDESK_BASE_URL.rstrip("/") + alert.get_absolute_url()
    recipients = systemic_alert_recipients()
    for user in recipients:
        email_queue(key=f"systemic:{alert.pk}:{user.pk}", to=[user.email], template="similarity/email/alert",
                    language=user.language, context={"alert": alert, "rule": alert.rule, "recipient": user,
                                                     "url": url, "time_zone": user.time_zone or settings.TIME_ZONE})
    return len(recipients)


@transaction.atomic(durable=True)
def systemic_alert_capa_open(*, alert: SystemicAlert, actor: User) -> CorrectiveAction:
    """One click: a corrective action owned by ``actor`` for every complaint of the alert, recorded on the alert."""
    alert = SystemicAlert.objects.select_for_update(of=("self",)).select_related("rule", "subject_category", "sample").get(
        pk=alert.pk)
    if alert.corrective_action_id:
        raise DomainError(_("This systemic problem already has a corrective action."), code="capa_exists")
    with translation.override(actor.language):
        cause = _("Systemic problem: %(topic)s. %(count)d similar complaints from %(first)s to %(last)s "
                  "(rule: %(rule)s).") % {
            "topic": alert.topic, "count": alert.complaint_count, "rule": alert.rule.name,
            "first": timezone.localdate(alert.first_complaint_at).isoformat(),
            "last": timezone.localdate(alert.last_complaint_at).isoformat()}
    due_on = timezone.localdate() + timedelta(days=CAPA_DUE_DAYS)
    action = corrective_action_record(actor=actor, complaints=list(alert.complaints.all()), cause=cause,
                                      owner=actor, due_on=due_on, check_on=due_on + timedelta(days=CAPA_CHECK_DAYS))
    alert.corrective_action, alert.updated_at = action, timezone.now()
    alert.save(update_fields=["corrective_action", "updated_at"])
    return action
