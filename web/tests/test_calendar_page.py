"""Any employee sees which of a calendar's next 60 days are working days, and why."""

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from accounts.models import User
from deadlines.models import BusinessCalendar, CalendarDay
from web.tests.pages import page_text

TBILISI = ZoneInfo("Asia/Tbilisi")
ROW_RE = re.compile(r'<tr class="calendar-day (day-working|day-off)" data-date="([\d-]+)" data-reason="(\w+)">'
                    r'(.*?)</tr>', re.S)


def calendar_rows(response) -> dict[str, tuple[str, str, str]]:
    """date → (working or off, reason code, the row's text)."""
    return {day: (state, reason, re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", cells.replace("</td>", " "))).strip())
            for state, day, reason, cells in ROW_RE.findall(page_text(response))}


@pytest.fixture
def georgia(db) -> BusinessCalendar:
    calendar = BusinessCalendar.objects.create(name="Georgia", country="GE", time_zone="Asia/Tbilisi",
                                               working_weekdays=[0, 1, 2, 3, 4], is_default=True)
    CalendarDay.objects.create(calendar=calendar, date=date(2026, 4, 15), kind=CalendarDay.Kind.DAY_OFF,
                               note="Stocktaking")
    return calendar


@pytest.fixture
def russia(db) -> BusinessCalendar:
    return BusinessCalendar.objects.create(name="Russia", country="RU", time_zone="Europe/Moscow",
                                           working_weekdays=[0, 1, 2, 3, 4], day_start=time(10), day_end=time(19))


@pytest.mark.django_db
def test_georgian_calendar_marks_holiday_weekend_and_company_day_off(client_for, agent, georgia):
    # given: late on 1 April in Tbilisi
    browser = client_for(agent)
    # when
    with time_machine.travel(datetime(2026, 4, 1, 23, 30, tzinfo=TBILISI), tick=False):
        response = browser.get(reverse("web:calendar", kwargs={"calendar_id": georgia.pk}))
    # then
    rows = calendar_rows(response)
    assert response.status_code == 200
    assert len(rows) == 60 and min(rows) == "2026-04-01" and max(rows) == "2026-05-30"
    assert rows["2026-04-01"][:2] == ("day-working", "working")
    assert rows["2026-04-09"][:2] == ("day-off", "public_holiday")
    assert "Public holiday: National Unity Day" in rows["2026-04-09"][2]
    assert "Easter Sunday" in rows["2026-04-12"][2]
    assert rows["2026-04-04"][:2] == ("day-off", "weekend")
    assert rows["2026-04-15"][:2] == ("day-off", "company_day_off")
    assert "Company day off: Stocktaking" in rows["2026-04-15"][2]
    text = page_text(response)
    assert "Asia/Tbilisi" in text and "09:00–18:00" in text
    assert "Monday, Tuesday, Wednesday, Thursday, Friday" in text


@pytest.mark.django_db
def test_russian_calendar_marks_the_moved_working_saturday_in_russian(client_for, agent, russia):
    # given: 00:30 on 20 October in Moscow is still 19 October in UTC
    browser = client_for(agent)
    browser.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    # when
    with time_machine.travel(datetime(2025, 10, 20, 0, 30, tzinfo=ZoneInfo("Europe/Moscow")), tick=False):
        response = browser.get(reverse("web:calendar", kwargs={"calendar_id": russia.pk}))
    # then
    rows = calendar_rows(response)
    assert min(rows) == "2025-10-20"
    assert rows["2025-11-01"][:2] == ("day-working", "moved_working_day")
    assert rows["2025-11-03"][:2] == ("day-off", "public_holiday")
    assert "Выходной (перенесено с 01.11.2025)" in rows["2025-11-03"][2]
    assert "День народного единства" in rows["2025-11-04"][2]
    assert "Europe/Moscow" in page_text(response) and "10:00–19:00" in page_text(response)


@pytest.mark.django_db
def test_calendars_list_shows_each_calendar_and_who_uses_it(client_for, agent, georgia, russia, other_department,
                                                            django_assert_num_queries):
    # given
    other_department.calendar = russia
    other_department.save()
    browser = client_for(agent)
    # when
    with django_assert_num_queries(4):  # session, user, calendars, their departments
        response = browser.get(reverse("web:calendars"))
    # then
    text = page_text(response)
    assert f'href="{reverse("web:calendar", kwargs={"calendar_id": russia.pk})}"' in text
    assert re.search(r'data-calendar="%d">.*?Sales' % russia.pk, text, re.S)
    assert 'id="nav-calendars"' in text


@pytest.mark.django_db
def test_an_unknown_calendar_is_not_found(client_for, agent):
    response = client_for(agent).get(reverse("web:calendar", kwargs={"calendar_id": 999}))
    assert response.status_code == 404
    assert "No such business calendar." in page_text(response)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["web:calendars", "web:weekly"])
def test_anonymous_visitor_is_sent_to_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("web:login"))


@pytest.mark.django_db
def test_every_role_may_open_a_calendar(client_for, georgia, department):
    for role in User.Role:
        user = User.objects.create_user(username=f"u-{role}", role=role, department=department)
        assert client_for(user).get(reverse("web:calendar", kwargs={"calendar_id": georgia.pk})).status_code == 200
