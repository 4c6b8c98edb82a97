"""Reference data (rules, calendars, policies) read once per batch instead of once per item.

A batch — one mailbox poll, one import — runs inside ``reference_data_kept()``; selectors that
load reference data pass through ``reference_data(key, load)``. Outside a batch nothing is kept,
so a page or a single registration always sees the current rules; inside one, a change made
meanwhile applies from the next batch. Nothing outlives the block, and nothing is shared
between processes.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
_kept: ContextVar[dict[str, Any] | None] = ContextVar("reference_data_kept", default=None)


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
    if key not in kept:
        kept[key] = load()
    return kept[key]
