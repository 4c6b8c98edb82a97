"""Tracking numbers (``CD-2026-000123``) and the secret link token."""

import secrets

from complaints.models import TrackingCounter

PREFIX = "CD"


def tracking_number_next(*, year: int) -> str:
    """The next number of ``year``. Call inside a transaction: the counter row stays locked."""
    TrackingCounter.objects.bulk_create([TrackingCounter(year=year, last=0)], ignore_conflicts=True)
    counter = TrackingCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return tracking_number_format(year=year, sequence=counter.last)


def tracking_number_format(*, year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:06d}"


def access_token_new() -> str:
    return secrets.token_urlsafe(32)


def tracking_numbers_take(*, year: int, count: int) -> list[str]:
    """The next ``count`` numbers of ``year`` at once (an import's batch). Call inside a transaction."""
    TrackingCounter.objects.bulk_create([TrackingCounter(year=year, last=0)], ignore_conflicts=True)
    counter = TrackingCounter.objects.select_for_update().get(year=year)
    first = counter.last + 1
    counter.last += count
    counter.save(update_fields=["last"])
    return [tracking_number_format(year=year, sequence=n) for n in range(first, counter.last + 1)]
