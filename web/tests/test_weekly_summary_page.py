"""The weekly summary page: the whole company for quality management, their department for a head, nobody else."""

import re

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from deadlines.tests.weekly_summary_week import NOW, more_complaints, week_made
from web.tests.pages import page_text


@pytest.fixture
def week(department, other_department, responsible, qms, head):
    return week_made(support=department, sales=other_department, responsible=responsible, qms=qms)


def figure(response, name: str) -> str:
    return re.search(r'id="weekly-%s"[^>]*>(\d+)<' % name, response.content.decode()).group(1)


def open_weekly(browser, **query):
    with time_machine.travel(NOW, tick=False):
        return browser.get(reverse("web:weekly"), query)


@pytest.mark.django_db
def test_quality_management_sees_the_whole_company_and_can_narrow_it(client_for, qms, week):
    # given
    browser = client_for(qms)
    # when
    company = open_weekly(browser)
    sales = open_weekly(browser, department=week.sales.pk)
    # then
    assert company.status_code == 200
    assert [figure(company, n) for n in ("received", "open", "overdue", "due")] == ["4", "5", "2", "2"]
    assert [figure(sales, n) for n in ("received", "open", "overdue", "due")] == ["2", "1", "0", "1"]
    text = page_text(company)
    assert "The whole company" in text and 'id="weekly-filters"' in text
    assert week.complaints["old"].tracking_number in text and "overdue by 6 working days" in text
    assert "Department: Sales" in page_text(sales)


@pytest.mark.django_db
def test_figures_link_to_the_filtered_queue(client_for, qms, week):
    # when
    text = open_weekly(client_for(qms)).content.decode()
    # then
    queue = reverse("web:queue")
    assert f'href="{queue}?department={week.support.pk}&amp;overdue=on">2<' in text
    assert f'href="{queue}?department={week.sales.pk}&amp;open_only=on">1<' in text
    assert f'href="{queue}?responsible={week.responsible.pk}&amp;open_only=on">2<' in text
    assert f'href="{queue}?responsible={week.seller.pk}&amp;overdue=on">0<' in text
    assert f'href="{queue}?overdue=on">2<' in text
    assert f'href="{week.complaints["sold"].get_absolute_url()}"' in text


@pytest.mark.django_db
def test_a_head_sees_only_their_department(client_for, head, week):
    # when
    response = open_weekly(client_for(head), department=week.sales.pk)
    # then
    assert response.status_code == 200
    assert [figure(response, n) for n in ("received", "open", "overdue", "due")] == ["2", "4", "2", "1"]
    assert f'href="{reverse("web:queue")}?department={week.support.pk}&amp;overdue=on">2<' in response.content.decode()
    assert week.complaints["sold"].tracking_number not in page_text(response)
    assert 'id="weekly-filters"' not in page_text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [User.Role.AGENT, User.Role.RESPONSIBLE])
def test_others_are_refused(client_for, department, role):
    # given
    user = UserFactory(role=role, department=department)
    # when
    response = open_weekly(client_for(user))
    # then
    assert response.status_code == 403
    assert "Only quality management and department heads receive the weekly summary." in page_text(response)
    assert 'id="nav-weekly"' not in response.content.decode()


@pytest.mark.django_db
def test_the_navigation_shows_the_summary_to_those_who_may_read_it(client_for, qms, head, agent):
    admin = UserFactory(role=User.Role.ADMIN)
    for user, shown in ((qms, True), (head, True), (admin, True), (agent, False)):
        page = client_for(user).get(reverse("web:queue")).content.decode()
        assert ('id="nav-weekly"' in page) is shown, user.role
        assert 'id="nav-calendars"' in page


@pytest.mark.django_db
def test_page_query_count_does_not_grow_with_the_data(client_for, qms, week, django_assert_num_queries):
    # given
    browser = client_for(qms)
    open_weekly(browser)  # rules and calendars are read once, then kept
    with CaptureQueriesContext(connection) as small:
        open_weekly(browser)
    # when
    more_complaints(week=week, count=12)
    # then
    with django_assert_num_queries(len(small.captured_queries)):
        response = open_weekly(browser)
    assert figure(response, "received") == "16"
    assert response.content.decode().count('class="weekly-load" data-person=') == 15
