"""The customer's status page shows the resolution and the remedies (with the coupon code), not internal notes."""

import pytest
from django.urls import reverse

from complaints.choices import Status
from complaints.services import complaint_close
from complaints.tests.states import complaint_in_status
from resolution.investigation import complaint_investigation_record
from resolution.models import RemedyType, RootCause
from resolution.remedies import remedy_give
from resolution.tests.closing import CLOSE_ANSWERS


@pytest.mark.django_db
def test_a_closed_complaint_shows_the_resolution_and_the_remedies(client, department, responsible):
    # given
    complaint = complaint_in_status(status=Status.ACCEPTED, department=department, driver=responsible)
    complaint_investigation_record(complaint=complaint, actor=responsible, validity="justified",
                                   root_cause=RootCause.objects.get(code="attitude"), note="Operator 12 was rude")
    coupon = remedy_give(complaint=complaint, actor=responsible, remedy_type=RemedyType.objects.get(code="coupon"),
                         value=25, note="Internal: approved verbally")
    remedy_give(complaint=complaint, actor=responsible, remedy_type=RemedyType.objects.get(code="apology"))
    complaint_close(complaint=complaint, actor=responsible,
                    **{**CLOSE_ANSWERS, "no_remedy": False, "resolution": "The reports were restored."})
    # when
    page = client.get(reverse("portal:track", kwargs={"token": complaint.access_token})).content.decode()
    # then
    assert '<p id="resolution-text">The reports were restored.</p>' in page
    assert f'<strong class="coupon-code">{coupon.coupon_code}</strong>' in page
    assert "Discount coupon: 25.00 GEL" in page and "Sincere apology" in page
    assert "Operator 12" not in page and "approved verbally" not in page


@pytest.mark.django_db
def test_an_open_complaint_without_resolution_shows_none(client, department, responsible):
    # given
    complaint = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=responsible)
    # when
    page = client.get(reverse("portal:track", kwargs={"token": complaint.access_token})).content.decode()
    # then
    assert 'id="resolution"' not in page
