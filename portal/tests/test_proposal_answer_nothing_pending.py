from django.urls import reverse

import pytest

from audit.models import AuditRecord
from complaints.choices import Status


@pytest.mark.django_db
@pytest.mark.parametrize("data", [{"decision": "accept", "option": "0"}, {"decision": "reject", "reason": "No"}])
def test_answering_when_nothing_is_proposed_says_so(client, customer_complaint, data):
    """With no proposal waiting, an answer changes nothing and the page says why."""
    # given
    audit_before = AuditRecord.objects.count()
    url = reverse("portal:answer", kwargs={"token": customer_complaint.access_token})
    # when
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE="en", follow=True)
    # then
    customer_complaint.refresh_from_db()
    assert response.status_code == 200
    assert "There is no proposed solution waiting for your answer." in response.content.decode()
    assert customer_complaint.status == Status.NEW
    assert customer_complaint.interactions.count() == 1
    assert AuditRecord.objects.count() == audit_before
