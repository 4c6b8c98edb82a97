"""What each status means for the customer, in one plain sentence."""

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from complaints.choices import HandOff, Status
from complaints.models import Complaint

EXPLANATIONS: dict[str, Promise] = {
    Status.NEW: _("We have registered your complaint. A responsible person will take it into work shortly."),
    Status.IN_PROGRESS: _(
        "A responsible person is working on your complaint and will propose a solution by the deadline."
    ),
    Status.PROPOSED: _("We have proposed a solution. Accept it, choose an alternative, or reject it below."),
    Status.ACCEPTED: _("You accepted the solution. We are carrying it out and will close the complaint when it is done."),
    Status.CLOSED: _("Your complaint is closed. If the problem comes back, call us."),
}
HANDED_OFF = {
    HandOff.SALES: _("This request is not handled as a complaint: it was passed to our sales team, who will contact you."),
    HandOff.SUPPORT: _("This request is not handled as a complaint: it was passed to our support team, who will contact "
                       "you."),
}


def status_explanation(*, complaint: Complaint) -> str | Promise:
    if complaint.status == Status.HANDED_OFF:
        return HANDED_OFF[HandOff(complaint.hand_off_to)]
    return EXPLANATIONS.get(complaint.status, "")
