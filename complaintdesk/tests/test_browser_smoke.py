"""Chromium opens the site served by the live server, and an administrator signs in."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_administrator_signs_in_to_the_admin_in_chromium(page, screenshots):
    """The admin login page opens in Chromium with its styles, and the administrator gets in."""
    # given
    UserFactory(username="root", role=User.Role.ADMIN, is_staff=True, is_superuser=True)
    # when
    page.goto("/admin/login/")
    screenshots.take(page, "admin-login")
    stylesheet = page.request.get("/static/admin/css/base.css")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", PASSWORD)
    page.click("input[type=submit]")
    # then
    assert stylesheet.ok
    expect(page.get_by_role("link", name="Departments")).to_be_visible()
    assert screenshots.take(page, "admin-index").stat().st_size > 0
