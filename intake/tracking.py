"""Tracking numbers (``CD-2026-000123``) and the secret link token.

On PostgreSQL each year's numbers come from a sequence (``complaints_tracking_2026``): taking one
locks nothing, so registrations in parallel do not wait for each other's commits. A registration
that rolls back leaves its number unused (a gap; a number is never given twice). On SQLite, where
writers take turns anyway, they come from the year's ``TrackingCounter`` row, without gaps.
"""

import secrets

from django.db import connection

from complaints.models import TrackingCounter

PREFIX = "CD"


def tracking_number_next(*, year: int) -> str:
    """The next number of ``year``. Call inside a transaction."""
    return tracking_numbers_take(year=year, count=1)[0]


def tracking_numbers_take(*, year: int, count: int) -> list[str]:
    """The next ``count`` numbers of ``year`` at once (an import's batch). Call inside a transaction."""
    taken = sequence_take(year=year, count=count) if connection.vendor == "postgresql" else counter_take(
        year=year, count=count)
    return [tracking_number_format(year=year, sequence=n) for n in taken]


def counter_take(*, year: int, count: int) -> list[int]:
    """One statement (``UPDATE … RETURNING``) takes the numbers and locks the row until the commit."""
    last = counter_advance(year=year, by=count)
    if last is None:
        TrackingCounter.objects.bulk_create([TrackingCounter(year=year, last=0)], ignore_conflicts=True)
        last = counter_advance(year=year, by=count)
    return list(range(last - count + 1, last + 1))


def counter_advance(*, year: int, by: int) -> int | None:
    table = connection.ops.quote_name(TrackingCounter._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET last = last + %s WHERE year = %s RETURNING last", [by, year])
        row = cursor.fetchone()
    return row[0] if row else None


def sequence_take(*, year: int, count: int) -> list[int]:
    """One statement; the function (migration ``complaints.0017``) creates the year's sequence when needed."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT complaints_tracking_take(%s, %s)", [year, count])
        return sorted(row[0] for row in cursor.fetchall())


def tracking_number_format(*, year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:06d}"


def access_token_new() -> str:
    return secrets.token_urlsafe(32)
