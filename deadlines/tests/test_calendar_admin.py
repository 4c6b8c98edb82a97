"""Administrators keep calendars (weekdays as checkboxes, the company's own days inline) and deadline policies."""

import html
import re
from datetime import date

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from deadlines.models import BusinessCalendar, CalendarDay, DeadlinePolicy


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(role=User.Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def weekdays_ticked(page: str) -> list[str]:
    return re.findall(r'<input type="checkbox" name="working_weekdays" value="(\d)"[^>]* checked>', page)


def calendar_form(**overrides) -> dict:
    data = {
        "name": "Georgia", "time_zone": "Asia/Tbilisi", "country": "ge", "subdivision": "",
        "working_weekdays": ["0", "1", "2", "3", "4"], "day_start": "09:00", "day_end": "18:00",
        "days-TOTAL_FORMS": "1", "days-INITIAL_FORMS": "0", "days-MIN_NUM_FORMS": "0", "days-MAX_NUM_FORMS": "1000",
        "days-0-date": "2026-04-15", "days-0-kind": "day_off", "days-0-note": "Stocktaking",
    }
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_calendar_is_created_with_weekday_checkboxes_and_a_company_day_off(admin_client):
    # given
    add_page = admin_client.get(reverse("admin:deadlines_businesscalendar_add")).content.decode()
    assert add_page.count('type="checkbox" name="working_weekdays"') == 7
    assert weekdays_ticked(add_page) == ["0", "1", "2", "3", "4"]  # a new calendar starts Monday to Friday
    # when
    response = admin_client.post(reverse("admin:deadlines_businesscalendar_add"),
                                 calendar_form(is_default="on", working_weekdays=["5", "0", "1", "2", "3"]))
    # then
    assert response.status_code == 302
    calendar = BusinessCalendar.objects.get()
    assert calendar.working_weekdays == [0, 1, 2, 3, 5] and calendar.country == "GE" and calendar.is_default
    day = CalendarDay.objects.get()
    assert (day.calendar, day.date, day.kind, day.note) == (calendar, date(2026, 4, 15), "day_off", "Stocktaking")


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value", "message"), [
    ("time_zone", "Mars/Olympus", "Unknown time zone “Mars/Olympus”."),
    ("country", "XX", "No public holidays are known for “XX”."),
    ("day_end", "08:00", "The working day must end after it starts."),
    ("working_weekdays", [], "Choose at least one working weekday."),
])
def test_calendar_refusals_are_shown_in_words(admin_client, field, value, message):
    # when
    response = admin_client.post(reverse("admin:deadlines_businesscalendar_add"), calendar_form(**{field: value}))
    # then
    assert response.status_code == 200
    assert message in html.unescape(response.content.decode())
    assert not BusinessCalendar.objects.exists()


@pytest.mark.django_db
def test_a_second_default_calendar_is_refused_by_name(admin_client):
    # given
    BusinessCalendar.objects.create(name="Georgia", is_default=True, working_weekdays=[0, 1, 2, 3, 4])
    # when
    response = admin_client.post(reverse("admin:deadlines_businesscalendar_add"),
                                 calendar_form(name="Russia", time_zone="Europe/Moscow", country="RU", is_default="on"))
    # then
    assert "“Georgia” is the company's default calendar already" in html.unescape(response.content.decode())
    assert BusinessCalendar.objects.count() == 1


@pytest.mark.django_db
def test_each_calendar_links_to_its_60_day_page(admin_client):
    # given
    calendar = BusinessCalendar.objects.create(name="Russia", country="RU", time_zone="Europe/Moscow",
                                               working_weekdays=[0, 1, 2, 3, 4])
    page_url = reverse("web:calendar", kwargs={"calendar_id": calendar.pk})
    # when
    listing = admin_client.get(reverse("admin:deadlines_businesscalendar_changelist")).content.decode()
    change = admin_client.get(reverse("admin:deadlines_businesscalendar_change", args=[calendar.pk]))
    # then
    assert f'href="{page_url}"' in listing
    assert weekdays_ticked(change.content.decode()) == ["0", "1", "2", "3", "4"]
    assert re.search(r'<a href="%s" class="viewsitelink">' % re.escape(page_url), change.content.decode())


@pytest.mark.django_db
def test_deadline_policies_are_listed_and_edited(admin_client):
    # given
    policy = DeadlinePolicy.objects.create(name="Critical complaints", importance="critical",
                                           solution_business_days=1, first_contact_business_hours=2)
    # when
    listing = admin_client.get(reverse("admin:deadlines_deadlinepolicy_changelist"))
    response = admin_client.post(reverse("admin:deadlines_deadlinepolicy_change", args=[policy.pk]), {
        "name": "Critical complaints", "kind": "", "origin": "", "importance": "critical",
        "solution_business_days": "2", "first_contact_business_hours": "2.00"})
    # then
    assert "Critical complaints" in listing.content.decode()
    assert response.status_code == 302
    policy.refresh_from_db()
    assert policy.solution_business_days == 2
