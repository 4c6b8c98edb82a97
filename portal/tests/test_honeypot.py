from django.urls import reverse

import pytest

from audit.models import AuditRecord
from complaints.models import Complaint
from portal.tests.factories import portal_form_data


@pytest.mark.django_db
def test_a_filled_honeypot_is_refused_with_a_neutral_message(client, department):
    """A robot that fills the hidden field is told only that the form could not be sent; nothing is registered."""
    # given
    data = portal_form_data(website="https://cheap-pills.example")
    # when
    response = client.post(reverse("portal:submit"), data, HTTP_ACCEPT_LANGUAGE="en")
    # then
    page = response.content.decode()
    assert response.status_code == 400
    assert "Your complaint could not be sent. Try again, or call us at +995 32 200 00 00." in page
    form = response.context["form"]
    assert form["contact_name"].value() == "ნინო ბერიძე"  # a person only has to send it again
    assert form["website"].value() == ""
    assert Complaint.objects.count() == 0
    assert AuditRecord.objects.count() == 0
