"""What the customer's status page shows of the resolution: the text and the remedies, never internal notes."""

from django import template

from complaints.models import Complaint
from resolution.models import Remedy
from resolution.selectors import remedies_of_complaint

register = template.Library()


@register.simple_tag
def customer_remedies(complaint: Complaint) -> list[Remedy]:
    """The remedies given (one query); the template shows type, value and coupon code only."""
    return remedies_of_complaint(complaint=complaint)
