"""Reads of what the channels took in: received complaints."""

from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import complaint_visible
from complaintdesk.errors import NotFound

from .models import Receipt


def receipt_access(*, user: User, number: str) -> Receipt:
    """The received complaint with this number, if ``user`` accepted it or may see the registered complaint.

    Missing and not visible raise the same error, so numbers cannot be probed.
    """
    receipt = (Receipt.objects.select_related("complaint", "complaint__department")
               .filter(tracking_number=number.strip().upper()).first())
    if receipt is None or not (receipt.registered_by_id == user.pk
                               or (receipt.complaint is not None and complaint_visible(user, receipt.complaint))):
        raise NotFound(_("No complaint %(number)s was found.") % {"number": number})
    return receipt


def receipt_by_token(*, token: str) -> Receipt | None:
    """The received, not yet registered complaint behind a customer's secret link, if any."""
    return Receipt.objects.filter(access_token=token, complaint__isnull=True).first() if token else None
