"""Anyone signed in sees each department with its head and responsible people, as they are now."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.choices import Status
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from complaints.tests.states import complaint_in_status
from routing.tests.factories import DepartmentFactory
from web.tests.pages import page_text
from resolution.tests.closing import complaint_close_complete


def person_row(text: str, username: str) -> str:
    return text.split(f'data-username="{username}"')[1].split("</tr>")[0]


@pytest.mark.django_db
def test_an_agent_sees_heads_and_responsible_people_with_their_load(client_for, agent, department, head, qms):
    # given
    nino = UserFactory(username="nino", first_name="Nino", last_name="Beridze", role=User.Role.RESPONSIBLE,
                       department=department, phone="+995 599 00 00 01", email="nino@example.com",
                       languages=["ka", "ru"])
    UserFactory(username="gone", first_name="Gone", role=User.Role.RESPONSIBLE, department=department,
                is_active=False)
    for _ in range(2):
        complaint_take(complaint=complaint_make(department=department), actor=nino)
    complaint_take(complaint=complaint_make(department=department), actor=head)
    done = complaint_in_status(status=Status.ACCEPTED, department=department, driver=nino)
    complaint_close_complete(complaint=done, actor=nino)
    DepartmentFactory(code="archive", name_en="Archive", is_active=False)
    # when
    response = client_for(agent).get(reverse("web:departments"))
    # then
    text = page_text(response)
    assert response.status_code == 200
    row = person_row(text, "nino")
    assert "Nino Beridze" in row and "+995 599 00 00 01" in row and "nino@example.com" in row
    assert "Georgian, Russian" in row and 'class="open-count">2<' in row
    assert 'class="open-count">1<' in person_row(text, "head")
    assert "Gone" not in text and "Archive" not in text


@pytest.mark.django_db
def test_the_page_follows_changes_at_once(client_for, agent, department):
    # given
    browser = client_for(agent)
    assert "No responsible person yet" in page_text(browser.get(reverse("web:departments")))
    # when
    UserFactory(username="new", first_name="Newcomer", role=User.Role.RESPONSIBLE, department=department)
    # then
    assert "Newcomer" in page_text(browser.get(reverse("web:departments")))


def departments_make(count: int) -> None:
    """``count`` departments, each with a head and two responsible people who own a complaint each."""
    for _ in range(count):
        department = DepartmentFactory()
        boss = UserFactory(role=User.Role.HEAD, department=department, languages=["ru"])
        department.head = boss
        department.save(update_fields=["head"])
        for _ in range(2):
            person = UserFactory(role=User.Role.RESPONSIBLE, department=department, languages=["ka"])
            complaint_take(complaint=complaint_make(department=department), actor=person)


@pytest.mark.django_db
def test_the_query_count_does_not_grow_with_the_departments(client_for, agent, django_assert_num_queries):
    # given
    browser = client_for(agent)
    departments_make(2)
    with django_assert_num_queries(4):  # session, user, departments with heads, their people
        response = browser.get(reverse("web:departments"))
    assert page_text(response).count('class="person ') == 2 * 3
    # when
    departments_make(4)
    # then
    with django_assert_num_queries(4):
        response = browser.get(reverse("web:departments"))
    assert page_text(response).count('class="person ') == 6 * 3
    assert page_text(response).count('class="open-count">1<') == 6 * 2


@pytest.mark.django_db
def test_a_visitor_who_is_not_signed_in_is_sent_to_log_in(client):
    # when
    response = client.get(reverse("web:departments"))
    # then
    assert response.status_code == 302 and response.url.startswith(reverse("web:login"))
