"""``complaintdesk similarity_backfill``: index the complaints registered before the index existed."""

import sys
import time

from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm

from complaints.models import Complaint
from similarity.backfill import BATCH, similarity_backfill, similarity_index_rebuild_clear


class Command(BaseCommand):
    @property
    def help(self) -> str:  # translated when shown, in the active language
        return _("Build the similar-complaints index for complaints not indexed yet (all of them with --rebuild). "
                 "Safe to interrupt and run again: it goes on where it stopped.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch", type=int, default=BATCH, help=_("complaints per transaction"))
        parser.add_argument("--rebuild", action="store_true", help=_("empty the index first"))

    def handle(self, *args, batch: int, rebuild: bool, **options) -> None:
        if rebuild:
            similarity_index_rebuild_clear()
        started = time.monotonic()
        with tqdm(total=Complaint.objects.count(), unit=" complaints", unit_scale=True, file=sys.stderr,
                  disable=options["verbosity"] == 0) as bar:
            indexed = similarity_backfill(batch_size=max(1, batch), progress=bar.update)
        seconds = max(time.monotonic() - started, 1e-9)
        self.stdout.write(_("Indexed %(count)d complaints in %(seconds).1f s (%(rate).0f per second).")
                          % {"count": indexed, "seconds": seconds, "rate": indexed / seconds})
