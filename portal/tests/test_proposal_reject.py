from django.urls import reverse

import pytest

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.models import Interaction
from complaints.services import complaint_take
from resolution.models import Proposal
from resolution.services import proposal_create


@pytest.fixture
def proposed(customer_complaint, handler):
    complaint_take(complaint=customer_complaint, actor=handler)
    proposal_create(complaint=customer_complaint, actor=handler, text="A 5% discount", alternatives=[])
    return customer_complaint


@pytest.mark.django_db
def test_the_customer_rejects_with_a_reason_and_the_complaint_goes_back_to_work(client, proposed):
    """Rejecting returns the complaint to work, with the customer's reason on the timeline and in the audit."""
    # given
    url = reverse("portal:answer", kwargs={"token": proposed.access_token})
    # when
    response = client.post(url, {"decision": "reject", "reason": "I need the reports, not a discount"},
                           HTTP_ACCEPT_LANGUAGE="en", follow=True)
    # then
    proposed.refresh_from_db()
    assert proposed.status == Status.IN_PROGRESS
    assert proposed.proposals.get().status == Proposal.Status.REJECTED
    entry = proposed.interactions.get(kind=Interaction.Kind.REJECTED)
    assert entry.by_customer and entry.actor is None
    assert entry.body == "I need the reports, not a discount"
    audit = AuditRecord.objects.get(action=AuditAction.COMPLAINT_REJECTED)
    assert (audit.target_id, audit.actor_id, audit.actor_label) == (str(proposed.pk), None, "customer")
    page = response.content.decode()
    assert "Thank you for telling us." in page
    assert 'id="reject-form"' not in page


@pytest.mark.django_db
def test_rejecting_without_a_reason_asks_for_one(client, proposed):
    """An empty reason is refused on the field; the proposal keeps waiting."""
    # given
    url = reverse("portal:answer", kwargs={"token": proposed.access_token})
    # when
    response = client.post(url, {"decision": "reject", "reason": "  "}, HTTP_ACCEPT_LANGUAGE="en")
    # then
    proposed.refresh_from_db()
    assert response.status_code == 400
    assert response.context["reject_form"].errors == {"reason": ["This field is required."]}
    assert 'id="reject-form"' in response.content.decode()
    assert proposed.status == Status.PROPOSED
    assert not AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REJECTED).exists()
