"""Reference data (rules, calendars, policies, subscriptions), read once and kept while it stands.

A block — one HTTP request (``ReferenceDataMiddleware``), one mailbox poll, one import — runs
inside ``reference_data_kept()``; selectors that load reference data pass through
``reference_data(key, load)``. The first use in a block reads one row, the reference version,
which every change of a watched model replaces in the transaction of the change
(``reference_models_watch``). While it stands, each process keeps what it loaded: a
registration then reads no rules, calendars or policies at all. A change made by any process
applies from the next block of every process. Outside a block nothing is kept, so a service
called on its own always sees the current rules.

The version is a random token, not a counter: a rolled-back change leaves the row as it was,
and a token that was never committed can never be read again.
"""

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save

T = TypeVar("T")
UNREAD = object()
_kept: ContextVar[dict[str, Any] | None] = ContextVar("reference_data_kept", default=None)
_process: dict[str, Any] = {"version": UNREAD, "values": {}}


@contextmanager
def reference_data_kept() -> Iterator[None]:
    token = _kept.set({})
    try:
        yield
    finally:
        _kept.reset(token)


def reference_data(key: str, load: Callable[[], T]) -> T:
    kept = _kept.get()
    if kept is None:
        return load()
    if "version" not in kept:
        kept["version"] = reference_version_read()
        if kept["version"] != _process["version"]:
            _process.update(version=kept["version"], values={})
    values = _process["values"] if kept["version"] == _process["version"] else kept
    if key not in values:
        values[key] = load()
    return values[key]


def reference_version_read() -> str:
    from .models import ReferenceVersion

    return ReferenceVersion.objects.filter(pk=1).values_list("token", flat=True).first() or ""


def reference_data_changed(**_signal: Any) -> None:
    """A watched model changed: a new version for every process, and nothing kept here."""
    from .models import ReferenceVersion

    token = secrets.token_hex(16)
    if not ReferenceVersion.objects.filter(pk=1).update(token=token):
        ReferenceVersion.objects.bulk_create([ReferenceVersion(pk=1, token=token)], ignore_conflicts=True)
        ReferenceVersion.objects.filter(pk=1).update(token=token)
    _process.update(version=UNREAD, values={})
    kept = _kept.get()
    if kept is not None:
        kept.clear()


def reference_models_watch(*watched: type[models.Model]) -> None:
    """Every save and delete of these models (and of their many-to-many links) changes the reference version.

    Bulk writes (``QuerySet.update``, ``bulk_create``) send no signals: call ``reference_data_changed``
    after them.
    """
    for model in watched:
        uid = f"reference_data:{model._meta.label_lower}"
        post_save.connect(reference_data_changed, sender=model, dispatch_uid=uid + ":save")
        post_delete.connect(reference_data_changed, sender=model, dispatch_uid=uid + ":delete")
        for field in model._meta.local_many_to_many:
            m2m_changed.connect(reference_data_changed, sender=field.remote_field.through, dispatch_uid=uid + field.name)


class ReferenceDataMiddleware:
    """Each request is one block: the reference version is read at most once per request."""

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        with reference_data_kept():
            return self.get_response(request)
