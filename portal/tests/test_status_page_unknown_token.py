from django.urls import reverse

import pytest

from complaints.models import Complaint


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["portal:track", "portal:answer"])
def test_an_unknown_link_is_a_translated_not_found_page(client, customer_complaint, name):
    """A wrong or truncated link finds nothing, says so, and changes nothing."""
    # given
    token = customer_complaint.access_token[:-3]
    url = reverse(name, kwargs={"token": token})
    # when
    response = client.get(url) if name == "portal:track" else client.post(url, {"decision": "accept", "option": 0})
    # then
    assert response.status_code == 404
    assert "This link is not valid. Check that it was copied whole." in response.content.decode()
    assert response["Referrer-Policy"] == "same-origin"
    assert Complaint.objects.get().status == customer_complaint.status
