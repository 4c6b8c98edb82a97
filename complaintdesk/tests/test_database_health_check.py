"""A kept PostgreSQL connection the server has closed is replaced before a request uses it."""

import time

import psycopg
import pytest
from django.db import connection, connections

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's kept connections"),
]


def request_starts() -> None:
    """What Django does with the kept connection when a request begins."""
    connection.close_if_unusable_or_obsolete()


def backend_pid() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def test_a_connection_closed_by_the_server_is_replaced_before_the_first_query(settings):
    assert connection.settings_dict["CONN_HEALTH_CHECKS"]
    request_starts()
    first = backend_pid()
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    with psycopg.connect(**params, autocommit=True) as administrator:
        administrator.execute("SELECT pg_terminate_backend(%s)", [first])
    time.sleep(0.2)  # the server's goodbye reaches the socket

    request_starts()
    assert backend_pid() != first


def test_a_quiet_connection_is_not_asked_select_1(monkeypatch):
    asked = []
    monkeypatch.setattr(type(connections["default"]), "is_usable", lambda self: asked.append(1) or True)
    request_starts()
    first = backend_pid()
    for _ in range(3):
        request_starts()
        assert backend_pid() == first
    assert asked == []
