"""The customer's status page of every linked complaint says what was changed."""

import pytest
from django.urls import reverse

from capa.models import CorrectiveAction
from capa.services import corrective_action_update_status
from capa.tests.factories import corrective_action_make
from complaints.tests.factories import complaint_make


def status_page(client, complaint) -> str:
    response = client.get(reverse("portal:track", kwargs={"token": complaint.access_token}),
                          HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_every_linked_complaint_shows_the_customer_text(client, qms, department):
    # given
    complaints = [complaint_make(department=department) for _ in range(2)]
    corrective_action_make(actor=qms, complaints=complaints, cause="Internal: installer bug 4411",
                           customer_text="The update now keeps your report templates.")
    # when
    pages = [status_page(client, c) for c in complaints]
    # then
    for page in pages:
        assert 'id="changes-made"' in page
        assert "The update now keeps your report templates." in page
        assert "installer bug 4411" not in page


@pytest.mark.django_db
def test_nothing_shown_without_text_or_once_cancelled(client, qms, department):
    # given
    silent, cancelled = complaint_make(department=department), complaint_make(department=department)
    corrective_action_make(actor=qms, complaints=[silent])
    action = corrective_action_make(actor=qms, complaints=[cancelled], customer_text="We retrained the team.")
    corrective_action_update_status(action=action, actor=qms, status=CorrectiveAction.Status.CANCELLED)
    # when / then
    assert 'id="changes-made"' not in status_page(client, silent)
    assert "We retrained the team." not in status_page(client, cancelled)
