"""Each filter of the queue narrows the list to the complaints that match it."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from complaints.choices import Channel, Importance, Kind, Status
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from complaints.tests.states import complaint_in_status
from web.tests.pages import queue_numbers
from resolution.tests.closing import complaint_close_complete


@pytest.fixture
def base(department, qms):
    """A plain complaint: new, normal importance, from the web, in Georgian, of the support department."""
    return complaint_make(department=department, fields={"organisation": "Alpha LLC"})


def shown(client, **query) -> set[str]:
    response = client.get(reverse("web:queue"), {"open_only": "", **query})
    assert response.status_code == 200
    return set(queue_numbers(response))


@pytest.mark.django_db
def test_status_filter(client_for, qms, department, base):
    # given
    taken = complaint_in_status(status=Status.IN_PROGRESS, department=department, driver=qms)
    # when / then
    assert shown(client_for(qms), status=Status.IN_PROGRESS) == {taken.tracking_number}


@pytest.mark.django_db
def test_department_filter(client_for, qms, other_department, base):
    # given
    elsewhere = complaint_make(department=other_department)
    # when / then
    assert shown(client_for(qms), department=other_department.pk) == {elsewhere.tracking_number}


@pytest.mark.django_db
def test_responsible_filter(client_for, qms, responsible, department, base):
    # given
    owned = complaint_make(department=department)
    complaint_take(complaint=owned, actor=responsible)
    # when / then
    assert shown(client_for(qms), responsible=responsible.pk) == {owned.tracking_number}


@pytest.mark.django_db
def test_importance_filter(client_for, qms, department, base):
    # given
    critical = complaint_make(department=department, importance=Importance.CRITICAL)
    # when / then
    assert shown(client_for(qms), importance=Importance.CRITICAL) == {critical.tracking_number}


@pytest.mark.django_db
def test_kind_filter(client_for, qms, department, base):
    # given
    inquiry = complaint_make(department=department, kind=Kind.INQUIRY)
    # when / then
    assert shown(client_for(qms), kind=Kind.INQUIRY) == {inquiry.tracking_number}


@pytest.mark.django_db
def test_channel_filter(client_for, qms, department, base):
    # given
    by_phone = complaint_make(department=department, channel=Channel.PHONE)
    # when / then
    assert shown(client_for(qms), channel=Channel.PHONE) == {by_phone.tracking_number}


@pytest.mark.django_db
def test_language_filter(client_for, qms, department, base):
    # given
    russian = complaint_make(department=department, language="ru")
    # when / then
    assert shown(client_for(qms), language="RU") == {russian.tracking_number}


@pytest.mark.django_db
def test_overdue_filter_and_highlight(client_for, qms, department, base):
    # given
    with time_machine.travel(timezone.now() - timedelta(days=10), tick=False):
        late = complaint_make(department=department)
    # when
    response = client_for(qms).get(reverse("web:queue"), {"overdue": "on"})
    # then
    assert set(queue_numbers(response)) == {late.tracking_number}
    assert f'row-overdue" data-number="{late.tracking_number}"' in response.content.decode()


@pytest.mark.django_db
def test_open_only_filter_is_the_default(client_for, qms, department, base):
    # given
    closed = complaint_in_status(status=Status.ACCEPTED, department=department, driver=qms)
    complaint_close_complete(complaint=closed, actor=qms)
    browser = client_for(qms)
    # when
    default = set(queue_numbers(browser.get(reverse("web:queue"))))
    everything = shown(browser)
    open_only = shown(browser, open_only="on")
    # then
    assert default == open_only == {base.tracking_number}
    assert everything == {base.tracking_number, closed.tracking_number}


@pytest.mark.django_db
def test_text_search(client_for, qms, department, base):
    # given
    other = complaint_make(department=department, fields={"organisation": "Beta Group", "description": "Отчёт"})
    browser = client_for(qms)
    # when / then
    assert shown(browser, q="beta") == {other.tracking_number}
    assert shown(browser, q="отчёт") == {other.tracking_number}
    assert shown(browser, q=base.tracking_number.lower()) == {base.tracking_number}


@pytest.mark.django_db
def test_a_bad_filter_value_is_shown_and_ignored(client_for, qms, base):
    # when
    response = client_for(qms).get(reverse("web:queue"), {"status": "lost", "open_only": ""})
    # then
    assert set(queue_numbers(response)) == {base.tracking_number}
    assert "Select a valid choice" in response.content.decode()
