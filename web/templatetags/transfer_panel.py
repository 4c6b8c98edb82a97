"""The transfer form of the complaint page, for those who may transfer the complaint.

A tag rather than page context keeps the complaint page's view unchanged; the form's
choices cost two queries, only for those who see the form.
"""

from django import template

from complaints.models import Complaint
from routing.services import transfer_allowed
from web.forms.transfer import TransferForm

register = template.Library()


@register.simple_tag(takes_context=True)
def transfer_form(context: template.Context, complaint: Complaint) -> TransferForm | None:
    request = context.get("request")
    if request is None or not complaint.is_open or not transfer_allowed(user=request.user, complaint=complaint):
        return None
    return TransferForm(auto_id="transfer-%s")
