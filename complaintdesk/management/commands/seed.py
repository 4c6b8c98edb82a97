"""``complaintdesk seed --count N``: realistic demo complaints, written in bulk."""

import sys
import time

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from complaintdesk.seeding.services import DEFAULT_BATCH, complaints_seed


class Command(BaseCommand):
    help = (
        "Add N realistic demo complaints (texts in Russian, Georgian and English) with their timelines and "
        "solution proposals, spread over the past two years. Creates the departments, categories and "
        "employees it needs if missing. Rows are written in bulk (COPY on PostgreSQL), so no audit records "
        "are written for the seeded history. On PostgreSQL the load is one transaction (registrations wait "
        "for it), and a load larger than the existing data rebuilds the indexes once at the end."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, required=True, help="how many complaints to add")
        parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="rows per bulk write")
        parser.add_argument("--seed", type=int, default=42, help="random seed: the same seed gives the same data")

    def handle(self, *args, count: int, batch: int, seed: int, **options) -> None:
        started = time.monotonic()
        with tqdm(total=count, unit=" complaints", unit_scale=True, disable=options["verbosity"] == 0,
                  file=sys.stderr) as bar:
            def log(message: str) -> None:
                bar.write(f"[{time.monotonic() - started:6.1f} s] {message}", file=sys.stderr)

            result = complaints_seed(count=count, batch_size=max(1, batch), seed=seed, progress=bar.update,
                                     log=log)
        self.stdout.write(
            f"Seeded {result.complaints} complaints, {result.interactions} timeline entries and "
            f"{result.proposals} proposals in {time.monotonic() - started:.1f} s."
        )
