"""Appeals that are not complaints are registered and handed off at once; the agent is told where they went."""

import pytest
from django.urls import reverse

from complaints.choices import HANDED_OFF_TO, HandOff, Kind, Status
from complaints.models import Complaint, Interaction
from web.tests.pages import page_messages
from web.tests.test_register_call import call_data


@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "team"), [
    (Kind.OBJECTION, HandOff.SALES), (Kind.INTEREST, HandOff.SALES), (Kind.INQUIRY, HandOff.SUPPORT),
])
def test_appeal_that_is_not_a_complaint_is_handed_off(client_for, agent, kind, team):
    # when
    response = client_for(agent).post(reverse("web:register"), call_data(kind=kind), follow=True)
    # then
    complaint = Complaint.objects.get()
    assert (complaint.kind, complaint.status, complaint.hand_off_to) == (kind, Status.HANDED_OFF, team)
    assert page_messages(response) == [(
        "success",
        f"{complaint.tracking_number} is registered as “{kind.label}”. {HANDED_OFF_TO[team]}.",
    )]
    assert list(complaint.interactions.values_list("kind", flat=True)) == [
        Interaction.Kind.REGISTERED, Interaction.Kind.HANDED_OFF]
