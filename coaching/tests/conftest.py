"""The coach is used from the API and the staff pages: their clients, reused."""

from api.tests.conftest import api_for  # noqa: F401 — fixture
from web.tests.conftest import client_for  # noqa: F401 — fixture
