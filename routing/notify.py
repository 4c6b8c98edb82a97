"""The e-mails of routing, queued through ``notifications`` in each reader's language.

Call inside the transaction of the change they are about.
"""

from django.conf import settings
from django.urls import reverse

from accounts.models import User
from complaints.models import Complaint, Interaction
from notifications.models import Email
from notifications.services import email_queue

from .models import Department


def supported_language(code: str) -> str:
    """``code`` if the interface speaks it (or its primary language), else the default language."""
    supported = {language for language, _name in settings.LANGUAGES}
    code = (code or "").strip().lower().replace("_", "-")
    for candidate in (code, code.split("-")[0]):
        if candidate in supported:
            return candidate
    return settings.LANGUAGE_CODE


def base_url() -> str:
    return settings.COMPLAINTDESK_BASE_URL.rstrip("/")


def status_url(complaint: Complaint) -> str:
    """The customer's status page, absolute: it is read in a mail client."""
    return base_url() + reverse("portal:track", kwargs={"token": complaint.access_token})


def staff_url(complaint: Complaint) -> str:
    return base_url() + complaint.get_absolute_url()


def language_needed_email(*, complaint: Complaint, language: str) -> Email | None:
    """Tell the department head that nobody in the department speaks ``language``; once per complaint."""
    head = complaint.department.head
    if head is None or not head.is_active or not head.email:
        return None
    return email_queue(
        key=f"routing:language-needed:{complaint.pk}:{language}", to=[head.email],
        template="routing/email/language_needed", language=supported_language(head.language), complaint=complaint,
        context={"complaint": complaint, "department": complaint.department, "language_code": language,
                 "head": head, "staff_url": staff_url(complaint)},
    )


def transferred_owner_email(*, complaint: Complaint, interaction: Interaction, actor: User,
                            owner: User, from_department: Department) -> Email | None:
    """Tell the new owner (or the head of the receiving department) what arrived, from whom and why."""
    if not owner.is_active or not owner.email:
        return None
    return email_queue(
        key=f"routing:transferred:{interaction.pk}:owner", to=[owner.email],
        template="routing/email/transferred_owner", language=supported_language(owner.language),
        complaint=complaint,
        context={"complaint": complaint, "department": complaint.department, "from_department": from_department,
                 "actor": str(actor), "personal": complaint.assignee_id == owner.pk, "reason": interaction.body,
                 "explanation": interaction.data.get("customer_explanation", ""),
                 "time_zone": owner.time_zone or settings.TIME_ZONE, "staff_url": staff_url(complaint)},
    )


def transferred_customer_email(*, complaint: Complaint, interaction: Interaction) -> Email | None:
    """Tell the customer who handles the complaint now and why (PRODUCT.md: "say why"), in their language."""
    if not complaint.contact_email:
        return None
    handler = complaint.assignee.get_full_name().strip() if complaint.assignee else ""
    return email_queue(
        key=f"routing:transferred:{interaction.pk}:customer", to=[complaint.contact_email],
        template="routing/email/transferred_customer", language=supported_language(complaint.language),
        complaint=complaint,
        context={"complaint": complaint, "department": complaint.department, "handler": handler,
                 "explanation": interaction.data.get("customer_explanation", ""),
                 "status_url": status_url(complaint)},
    )
