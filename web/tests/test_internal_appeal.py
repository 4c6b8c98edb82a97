"""Appeal to QMS: any employee raises an internal complaint, which QMS then sees in its queue."""

import pytest
from django.urls import reverse

from complaints.choices import Channel, Importance, Origin, Status
from complaints.models import Complaint
from web.tests.pages import page_messages, page_text, queue_numbers

APPEAL = {
    "organisation": "შპს ბეტა", "contact_name": "გიორგი ლომიძე", "contact_phone": "", "contact_email": "",
    "occurred_on": "2026-11-18", "product": "", "performed_by": "Manager of the Tbilisi office",
    "description": "An employee promised to call the customer back and did not.",
    "importance": Importance.HIGH,
}


@pytest.mark.django_db
def test_agent_appeals_to_qms_without_the_customers_phone(client_for, agent, qms, department):
    # when
    response = client_for(agent).post(reverse("web:internal"), {**APPEAL, "department": department.pk},
                                      follow=True)
    # then
    complaint = Complaint.objects.get()
    assert response.redirect_chain == [(complaint.get_absolute_url(), 302)]
    assert page_messages(response) == [
        ("success", f"Your appeal to QMS is registered as {complaint.tracking_number}.")]
    assert (complaint.origin, complaint.channel, complaint.status) == (Origin.INTERNAL, Channel.INTERNAL,
                                                                      Status.NEW)
    assert (complaint.registered_by, complaint.importance, complaint.department) == (agent, Importance.HIGH,
                                                                                    department)
    assert "Internal (appeal to QMS)" in page_text(response)
    qms_queue = client_for(qms).get(reverse("web:queue"), {"channel": Channel.INTERNAL, "open_only": "on"})
    assert queue_numbers(qms_queue) == [complaint.tracking_number]


@pytest.mark.django_db
def test_appeal_needs_what_happened(client_for, responsible):
    # when
    response = client_for(responsible).post(reverse("web:internal"), {**APPEAL, "description": ""})
    # then
    assert response.status_code == 200
    assert response.context["form"].errors["description"] == ["This field is required."]
    assert not Complaint.objects.exists()


@pytest.mark.django_db
def test_appeal_form_is_reachable_from_every_staff_page(client_for, head):
    # when
    body = client_for(head).get(reverse("web:internal")).content.decode()
    # then
    assert 'id="internal-form"' in body
    for name in ("organisation", "contact_name", "contact_phone", "contact_email", "occurred_on", "description",
                 "department", "importance"):
        assert f'name="{name}"' in body
