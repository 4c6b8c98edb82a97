"""Systemic problems on the staff pages: a list and a page per alert for QMS, with the one-click action."""

import pytest
from django.urls import reverse

from complaints.tests.factories import complaint_make
from similarity.detection import systemic_alerts_detect
from similarity.models import SystemicAlert

from .factories import SystemicRuleFactory, customer
from .texts import STORIES


@pytest.fixture
def alert(department):
    SystemicRuleFactory(min_complaints=3, name="Reports after updates")
    story, reworded, _ = STORIES["en"]
    for n, text in enumerate([story, reworded, story]):
        complaint_make(department=department, language="en", fields={"description": text, **customer(n)})
    systemic_alerts_detect()
    return SystemicAlert.objects.get()


def test_qms_sees_the_list_and_the_cluster(client_for, qms, alert, django_assert_max_num_queries):
    browser = client_for(qms)
    listing = browser.get(reverse("similarity:alerts")).content.decode()
    assert f'<tr class="alert-row" data-id="{alert.pk}">' in listing and "Reports after updates" in listing
    with django_assert_max_num_queries(12):
        page = browser.get(alert.get_absolute_url()).content.decode()
    for complaint in alert.complaints.all():
        assert f'data-number="{complaint.tracking_number}"' in page
    assert "Open a corrective action for all 3 complaints" in page


def test_one_click_opens_the_corrective_action(client_for, qms, alert):
    # when
    response = client_for(qms).post(reverse("similarity:alert_capa", kwargs={"alert_id": alert.pk}), follow=True)
    # then
    alert.refresh_from_db()
    assert response.redirect_chain == [(alert.corrective_action.get_absolute_url(), 302)]
    assert "The corrective action is created for all 3 complaints." in response.content.decode()
    page = client_for(qms).get(alert.get_absolute_url()).content.decode()
    assert 'id="alert-capa-open"' not in page and alert.corrective_action.get_absolute_url() in page


@pytest.mark.parametrize("role", ["agent", "responsible", "head"])
def test_other_roles_do_not_see_alerts(client_for, alert, role, request):
    browser = client_for(request.getfixturevalue(role))
    assert browser.get(reverse("similarity:alerts")).status_code == 404
    assert browser.get(alert.get_absolute_url()).status_code == 404
    assert browser.post(reverse("similarity:alert_capa", kwargs={"alert_id": alert.pk})).status_code == 404
    alert.refresh_from_db()
    assert alert.corrective_action is None
