"""Open complaints in deadline order, read in batches with keyset pagination on (due_at, id).

The filters match the partial index ``complaint_open_due_idx`` (due_at, id WHERE status is
open), so each batch is an index range scan however many complaints there are.
"""

from collections.abc import Iterator
from datetime import datetime

from django.db.models import Q

from complaints.choices import OPEN_STATUSES
from complaints.models import Complaint

# Complaints read per query: each row is a few hundred bytes (only the columns below), so
# a batch stays well under 1 MB, and one batch's e-mails and timeline rows commit one
# complaint at a time, so a crash loses at most the complaint being written.
SCAN_BATCH_SIZE = 500
SCAN_FIELDS = ("id", "tracking_number", "status", "due_at", "overdue_at", "department_id", "assignee_id")


def open_complaints_due(*, after: datetime | None = None, until: datetime, unmarked_only: bool = False,
                        batch_size: int = SCAN_BATCH_SIZE) -> Iterator[list[Complaint]]:
    """Open complaints with ``after < due_at <= until``, ``batch_size`` at a time, earliest first.

    ``unmarked_only`` leaves out complaints already marked overdue.
    """
    base = Complaint.objects.filter(status__in=OPEN_STATUSES, due_at__lte=until).only(*SCAN_FIELDS)
    if after is not None:
        base = base.filter(due_at__gt=after)
    if unmarked_only:
        base = base.filter(overdue_at__isnull=True)
    position: tuple[datetime, int] | None = None
    while True:
        page = base
        if position is not None:
            due_at, pk = position
            # The plain range keeps PostgreSQL on the index (an OR alone turns into a bitmap scan and a sort).
            page = page.filter(due_at__gte=due_at).filter(Q(due_at__gt=due_at) | Q(id__gt=pk))
        batch = list(page.order_by("due_at", "id")[:batch_size])
        if not batch:
            return
        yield batch
        if len(batch) < batch_size:
            return
        position = (batch[-1].due_at, batch[-1].pk)
