"""Every staff page asks for a login first; signing in leads to the queue, signing out needs a POST."""

import pytest
from django.urls import reverse

from accounts.tests.factories import PASSWORD

PAGES = [
    ("web:queue", {}),
    ("web:register", {}),
    ("web:internal", {}),
    ("web:complaint", {"number": "CD-2026-000001"}),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "kwargs"), PAGES)
def test_anonymous_visitor_is_sent_to_login(client, name, kwargs):
    # given
    url = reverse(name, kwargs=kwargs)
    # when
    response = client.get(url)
    # then
    assert response.status_code == 302
    assert response.url == f"{reverse('web:login')}?next={url}"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["web:take", "web:note", "web:close", "web:propose", "web:answer"])
def test_anonymous_action_changes_nothing(client, complaint, name):
    # given
    url = reverse(name, kwargs={"number": complaint.tracking_number})
    # when
    response = client.post(url, {"body": "x", "text": "x"})
    # then
    assert response.status_code == 302
    assert response.url.startswith(reverse("web:login"))
    assert complaint.interactions.count() == 1


@pytest.mark.django_db
def test_login_leads_to_the_queue_and_logout_needs_post(client, responsible):
    # given
    login_page = client.get(reverse("web:login"))
    assert 'id="login-form"' in login_page.content.decode()
    # when
    signed_in = client.post(reverse("web:login"), {"username": "responsible", "password": PASSWORD}, follow=True)
    # then
    assert signed_in.redirect_chain[-1][0] == reverse("web:queue")
    assert 'id="logout-form"' in signed_in.content.decode()
    assert client.get(reverse("web:logout")).status_code == 405
    signed_out = client.post(reverse("web:logout"))
    assert signed_out.url == reverse("web:login")
    assert client.get(reverse("web:queue")).status_code == 302


@pytest.mark.django_db
def test_wrong_password_is_refused(client, responsible):
    # when
    response = client.post(reverse("web:login"), {"username": "responsible", "password": "wrong"})
    # then
    assert response.status_code == 200
    assert "Please enter a correct" in response.content.decode()
    assert client.get(reverse("web:queue")).status_code == 302
