"""Reads of systemic alerts: for quality management (and administrators), who see every complaint."""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import NotFound
from complaints.models import Complaint

from .models import SystemicAlert

ALERT_COMPLAINTS_SHOWN = 200


def systemic_alerts_visible(user: User) -> bool:
    """An alert spans departments: only those who see every complaint see alerts."""
    return user.is_active and user.sees_everything


def systemic_alert_list(*, user: User) -> QuerySet[SystemicAlert]:
    alerts = SystemicAlert.objects.select_related("rule", "subject_category", "sample", "corrective_action")
    return alerts.order_by("-updated_at", "-id") if systemic_alerts_visible(user) else alerts.none()


def systemic_alert_access(*, user: User, alert_id: int) -> SystemicAlert:
    """The alert, if ``user`` may see it; missing and hidden raise the same error."""
    alert = systemic_alert_list(user=user).filter(pk=alert_id).first()
    if alert is None:
        raise NotFound(_("No such systemic problem was found."))
    return alert


def systemic_alert_complaints(*, alert: SystemicAlert) -> QuerySet[Complaint]:
    """The cluster's complaints, newest first (the page shows the first ``ALERT_COMPLAINTS_SHOWN``)."""
    return (alert.complaints.select_related("department", "assignee", "subject_category")
            .order_by("-created_at", "-id"))


def complaint_systemic_alerts(*, complaint: Complaint) -> list[SystemicAlert]:
    return list(complaint.systemic_alerts.select_related("subject_category", "sample").order_by("-updated_at"))
