"""The coach is used from the API and the staff pages: their clients, reused; and the default packs."""

import importlib

import pytest
from django.apps import apps

from api.tests.conftest import api_for  # noqa: F401 — fixture
from web.tests.conftest import client_for  # noqa: F401 — fixture


@pytest.fixture(autouse=True)
def default_packs(request):
    """The packs of the data migration; a browser test's flush removes them, so they are put back."""
    if request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("db")
    importlib.import_module("coaching.migrations.0002_default_phrase_packs").packs_create(apps, None)
