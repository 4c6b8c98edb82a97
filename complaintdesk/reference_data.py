"""Reference data (rules, calendars, policies, subscriptions, API tokens), read once and kept while it stands.

A block — one HTTP request (``ReferenceDataMiddleware``), one mailbox poll, one import — runs
inside ``reference_data_kept()``; selectors that load reference data pass through
``reference_data(key, load, scope)``. The first use in a block reads the reference versions, one
row per scope, which every change of a watched model replaces in the transaction of the change
(``reference_models_watch``). While a scope's version stands, each process keeps what it loaded
for it: a registration then reads no rules, calendars or policies at all. A change made by any
process applies from the next block of every process. Outside a block nothing is kept, so a
service called on its own always sees the current data.

Two scopes, so that what changes every day does not throw away what changes once a month:
``RULES`` (departments, rules, calendars, policies, webhook subscriptions) and ``PEOPLE``
(employees and their API tokens: every login saves an employee).

A version is a random token, not a counter: a rolled-back change leaves the row as it was,
and a token that was never committed can never be read again.
"""

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.db import connection, models
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")
RULES, PEOPLE = 1, 2
_kept: ContextVar[dict[str, Any] | None] = ContextVar("reference_data_kept", default=None)
# Per scope: the version the process's values were loaded under, and the values.
_process: dict[int, tuple[str | None, dict[str, Any]]] = {}


@contextmanager
def reference_data_kept() -> Iterator[None]:
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def reference_data(key: str, load: Callable[[], T], scope: int = RULES) -> T:
    """What ``load`` returns, kept while the scope's version stands; ``None`` is never kept."""
    kept = _kept.get()
    if kept is None:
        return load()
    if "versions" not in kept:
        kept["versions"] = reference_versions_read()
    version = kept["versions"].get(scope, "")
    loaded_under, values = _process.get(scope, (None, {}))
    if loaded_under != version:
        values = {}
        _process[scope] = (version, values)
    if key in values:
        return values[key]
    value = load()
    if value is not None:
        values[key] = value
    return value


def reference_versions_read() -> dict[int, str]:
    from .models import ReferenceVersion

    # Plain SQL: read on almost every request, where the ORM's query building cost ten times the query.
    table = connection.ops.quote_name(ReferenceVersion._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, token FROM {table}")
        return dict(cursor.fetchall())


def reference_data_changed(scope: int = RULES) -> None:
    """Data of ``scope`` changed: a new version for every process, and nothing kept here."""
    from .models import ReferenceVersion

    token = secrets.token_hex(16)
    if not ReferenceVersion.objects.filter(pk=scope).update(token=token):
        ReferenceVersion.objects.bulk_create([ReferenceVersion(pk=scope, token=token)], ignore_conflicts=True)
        ReferenceVersion.objects.filter(pk=scope).update(token=token)
    _process.pop(scope, None)
    kept = _kept.get()
    if kept is not None:
        kept.pop("versions", None)


def reference_models_watch(*watched: type[models.Model], scope: int = RULES) -> None:
    """Every save and delete of these models (and of their many-to-many links) changes the scope's version.

    Bulk writes (``QuerySet.update``, ``bulk_create``) send no signals: call ``reference_data_changed``
    after them.
    """
    def changed(**_signal: Any) -> None:
        reference_data_changed(scope)

    for model in watched:
        uid = f"reference_data:{model._meta.label_lower}"
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":save")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid + ":delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(changed, sender=field.remote_field.through, weak=False,
                                dispatch_uid=uid + field.name)


class ReferenceDataMiddleware:
    """Each request is one block: the reference versions are read at most once per request."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        with reference_data_kept():
            return self.get_response(request)
