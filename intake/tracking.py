"""Tracking numbers (``CD-2026-000123``) and the secret link token."""

import secrets

from django.db import connection

from complaints.models import TrackingCounter

PREFIX = "CD"


def tracking_number_next(*, year: int) -> str:
    """The next number of ``year``. Call inside a transaction: the counter row stays locked."""
    return tracking_numbers_take(year=year, count=1)[0]


def tracking_numbers_take(*, year: int, count: int) -> list[str]:
    """The next ``count`` numbers of ``year`` at once (an import's batch). Call inside a transaction.

    One statement (``UPDATE … RETURNING``, SQLite ≥ 3.35 and PostgreSQL) takes the numbers and
    locks the row; the year's first number creates the row first.
    """
    last = counter_advance(year=year, by=count)
    if last is None:
        TrackingCounter.objects.bulk_create([TrackingCounter(year=year, last=0)], ignore_conflicts=True)
        last = counter_advance(year=year, by=count)
    return [tracking_number_format(year=year, sequence=n) for n in range(last - count + 1, last + 1)]


def counter_advance(*, year: int, by: int) -> int | None:
    table = connection.ops.quote_name(TrackingCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET last = last + %s WHERE year = %s RETURNING last", [by, year])
        row = cursor.fetchone()
    return row[0] if row else None


def tracking_number_format(*, year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:06d}"


def access_token_new() -> str:
    return secrets.token_urlsafe(32)
