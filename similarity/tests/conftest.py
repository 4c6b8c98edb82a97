from web.tests.conftest import client_for  # noqa: F401 — the staff pages' signed-in browser
