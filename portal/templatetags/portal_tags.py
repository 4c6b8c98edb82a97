"""The contact phone every portal page gives the customer (PRODUCT.md, Follow-up: give a contact number)."""

import re

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def contact_phone() -> str:
    return settings.COMPLAINTDESK_CONTACT_PHONE


@register.filter
def tel_uri(phone: str) -> str:
    """``+995 32 200 00 00`` → ``+995322000000``, for ``href="tel:…"``."""
    return re.sub(r"[^\d+]", "", phone or "")
