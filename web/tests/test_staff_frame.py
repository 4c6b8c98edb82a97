"""Every staff page carries the same navigation: queue, register, appeal to QMS, admin for staff, who is signed in."""

import pytest
from django.urls import reverse

from web.tests.pages import page_text


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["web:queue", "web:register", "web:internal"])
def test_navigation_on_every_page(client_for, agent, name):
    # given
    agent.first_name, agent.last_name = "Nino", "Beridze"
    agent.save()
    # when
    response = client_for(agent).get(reverse(name))
    # then
    text = page_text(response)
    assert response.status_code == 200
    for label in ("Queue", "Register a call", "Appeal to QMS", "Log out"):
        assert label in text
    assert f'href="{reverse("web:internal")}"' in text
    assert "Nino Beridze" in text
    assert "Agent" in text
    assert 'id="nav-admin"' not in text


@pytest.mark.django_db
def test_admin_link_only_for_staff(client_for, qms):
    # given
    qms.is_staff = True
    qms.save()
    # when
    response = client_for(qms).get(reverse("web:queue"))
    # then
    assert f'id="nav-admin" href="{reverse("admin:index")}"' in response.content.decode()
    assert "Quality management" in page_text(response)
