"""Entry points: ``complaints_seed`` (bulk demo complaints) and ``demo_ensure`` (a ready demo company)."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from random import Random
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from complaints.models import Complaint
from intake.services import search_text_for
from intake.tracking import access_token_new, tracking_numbers_take
from resolution.models import Proposal
from similarity.backfill import similarity_backfill
from triage.training import triage_model_train

from .catalogue import catalogue_ensure
from .generator import ComplaintGenerator
from .history import Batch
from .staff import DemoLogin, demo_logins_ensure, staff_pool_ensure
from .writer import writer_for_connection

SPAN_DAYS = 730  # seeded complaints spread over the past two years
DEFAULT_BATCH = 10_000  # rows per COPY / transaction: about 30 MB of Python objects


@dataclass(frozen=True)
class SeedResult:
    complaints: int
    interactions: int
    proposals: int


def complaints_seed(*, count: int, batch_size: int = DEFAULT_BATCH, seed: int = 42,
                    progress: Callable[[int], None] | None = None, log: Callable[[str], None] | None = None,
                    now: datetime | None = None) -> SeedResult:
    """Add ``count`` complaints with timelines and proposals, written in bulk (no audit records).

    Creates the departments, categories and employees it needs if they are missing.
    Tracking numbers continue the yearly counters, which are moved past them, so the
    registration service goes on after the seeded numbers.
    """
    now = now or timezone.now()
    catalogue = catalogue_ensure()
    staff = staff_pool_ensure(catalogue=catalogue)
    rng = Random(seed)
    generator = ComplaintGenerator(catalogue=catalogue, staff=staff, rng=rng, now=now)
    writer = writer_for_connection()
    times = created_times(rng=rng, count=count, now=now)
    totals = Counter()
    with writer.load(count=count, log=log or (lambda message: None)):
        for start in range(0, count, batch_size):
            chunk = times[start:start + batch_size]
            with writer.batch():
                batch = Batch()
                ids = writer.reserve_ids(Complaint, len(chunk))
                numbers = tracking_numbers_reserve(years=[at.year for at in chunk])
                for pk, created_at, number in zip(ids, chunk, numbers, strict=True):
                    row = generator.complaint(pk=pk, created_at=created_at, batch=batch)
                    row["tracking_number"] = number
                    row["access_token"] = access_token_new()
                    row["search_text"] = search_text_for(SimpleNamespace(**row))
                    batch.complaints.append(row)
                proposal_ids = writer.reserve_ids(Proposal, len(batch.proposals))
                for proposal, pk in zip(batch.proposals, proposal_ids, strict=True):
                    proposal["id"] = pk
                for data, index in batch.proposal_refs:
                    data["proposal"] = proposal_ids[index]
                writer.write(batch)
            totals.update(complaints=len(batch.complaints), interactions=len(batch.interactions),
                          proposals=len(batch.proposals))
            if progress:
                progress(len(chunk))
    if log:
        log("Updating planner statistics…")
    writer.finish()
    return SeedResult(complaints=totals["complaints"], interactions=totals["interactions"],
                      proposals=totals["proposals"])


def created_times(*, rng: Random, count: int, now: datetime) -> list[datetime]:
    """Registration times over the past two years, in office hours, fewer at weekends; oldest first."""
    zone = ZoneInfo(settings.TIME_ZONE)
    today = now.astimezone(zone).date()
    times = []
    for _ in range(count):
        day = today - timedelta(days=int(rng.random() * SPAN_DAYS))
        if day.weekday() >= 5 and rng.random() < 0.7:
            day -= timedelta(days=day.weekday() - 4)  # most weekend calls are really Friday's
        minute = int(rng.triangular(8 * 60, 20 * 60, 11 * 60))
        at = datetime.combine(day, time(minute // 60, minute % 60, rng.randrange(60)), tzinfo=zone)
        if at >= now:
            at -= timedelta(days=1)
        times.append(at.astimezone(UTC))
    times.sort()
    return times


def tracking_numbers_reserve(*, years: list[int]) -> list[str]:
    """Numbers for complaints registered in ``years`` (in order), taken as registration takes them.

    Call inside a transaction (``intake.tracking.tracking_numbers_take``).
    """
    taken = {year: iter(tracking_numbers_take(year=year, count=n)) for year, n in sorted(Counter(years).items())}
    return [next(taken[year]) for year in years]


@dataclass(frozen=True)
class DemoResult:
    logins: list[tuple[DemoLogin, bool]]
    seeded: SeedResult | None


def demo_ensure(*, count: int = 300, seed: int = 42,
                progress: Callable[[int], None] | None = None) -> DemoResult:
    """Departments, categories and one login per role; demo complaints unless there are complaints already."""
    with transaction.atomic():
        catalogue = catalogue_ensure()
        logins = demo_logins_ensure(catalogue=catalogue)
    seeded = None
    if count and not Complaint.objects.exists():
        seeded = complaints_seed(count=count, seed=seed, progress=progress)
        similarity_backfill()  # bulk seeding skips the similarity index; a few hundred take a second
        triage_model_train()  # suggestions from the first minute, not after the first night (a few seconds)
    return DemoResult(logins=logins, seeded=seeded)
