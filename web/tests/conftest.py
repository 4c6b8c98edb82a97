"""Fixtures of the staff pages' tests: signed-in browsers."""

from collections.abc import Callable

import pytest
from django.test import Client

from accounts.models import User


@pytest.fixture
def client_for(db) -> Callable[[User], Client]:
    """A browser signed in as ``user``; several can be open at once."""

    def make(user: User) -> Client:
        browser = Client()
        browser.force_login(user)
        return browser

    return make
