"""Tracking numbers (``CD-2026-000123``) and the secret link token."""

import secrets

from django.db import connection

from complaints.models import TrackingCounter

PREFIX = "CD"


def tracking_number_next(*, year: int) -> str:
    """The next number of ``year``. Call inside a transaction: the counter row stays locked.

    One statement (``UPDATE … RETURNING``, SQLite ≥ 3.35 and PostgreSQL) takes the number and
    locks the row; the year's first number creates the row first.
    """
    sequence = counter_increment(year=year)
    if sequence is None:
        TrackingCounter.objects.bulk_create([TrackingCounter(year=year, last=0)], ignore_conflicts=True)
        sequence = counter_increment(year=year)
    return tracking_number_format(year=year, sequence=sequence)


def counter_increment(*, year: int) -> int | None:
    table = connection.ops.quote_name(TrackingCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET last = last + 1 WHERE year = %s RETURNING last", [year])
        row = cursor.fetchone()
    return row[0] if row else None


def tracking_number_format(*, year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:06d}"


def access_token_new() -> str:
    return secrets.token_urlsafe(32)
