from django.urls import reverse

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.models import Interaction
from complaints.services import complaint_take
from resolution.models import Proposal
from resolution.services import proposal_create


@pytest.mark.django_db
def test_the_customer_accepts_an_alternative_through_the_link(client, customer_complaint, handler):
    """Choosing the second alternative accepts it: status, timeline by the customer, audit, thank-you."""
    # given
    complaint_take(complaint=customer_complaint, actor=handler)
    proposal = proposal_create(complaint=customer_complaint, actor=handler, text="Restore the reports today",
                               alternatives=["Refund the annual licence", "A 20% discount on renewal"])
    url = reverse("portal:answer", kwargs={"token": customer_complaint.access_token})
    # when
    response = client.post(url, {"decision": "accept", "option": "2"}, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    # then
    customer_complaint.refresh_from_db()
    proposal.refresh_from_db()
    assert response.redirect_chain == [(reverse("portal:track", kwargs={"token": customer_complaint.access_token}),
                                        302)]
    assert customer_complaint.status == Status.ACCEPTED
    assert (proposal.status, proposal.chosen_option, proposal.answered_by_customer) == (
        Proposal.Status.ACCEPTED, 2, True)
    entry = customer_complaint.interactions.get(kind=Interaction.Kind.ACCEPTED)
    assert entry.by_customer and entry.actor is None
    assert entry.body == "A 20% discount on renewal"
    audit = AuditRecord.objects.get(action=AuditAction.COMPLAINT_ACCEPTED)
    assert (audit.target_id, audit.actor_id, audit.actor_label) == (str(customer_complaint.pk), None, "customer")
    page = response.content.decode()
    assert "Thank you. You accepted the solution" in page
    assert 'id="accepted-solution"' in page and "A 20% discount on renewal" in page
    assert 'id="accept-form"' not in page


@pytest.mark.django_db
def test_an_option_that_does_not_exist_is_refused(client, customer_complaint, handler):
    """A tampered option number is refused with the service's message; the proposal keeps waiting."""
    # given
    complaint_take(complaint=customer_complaint, actor=handler)
    proposal_create(complaint=customer_complaint, actor=handler, text="Restore the reports today", alternatives=[])
    url = reverse("portal:answer", kwargs={"token": customer_complaint.access_token})
    # when
    response = client.post(url, {"decision": "accept", "option": "5"}, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    # then
    customer_complaint.refresh_from_db()
    assert customer_complaint.status == Status.PROPOSED
    assert "Choose one of the offered solutions." in response.content.decode()
    assert not AuditRecord.objects.filter(action=AuditAction.COMPLAINT_ACCEPTED).exists()
