"""The dry run: every row checked as the import would check it, nothing written but the counts."""

from collections.abc import Iterator
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from accounts.models import User
from complaints.models import Complaint

from .checking import row_check
from .models import ImportRun
from .rows import Lookups, Row, row_convert
from .selectors import import_lookups, keys_already_imported, run_table
from .services import import_permission_require, run_defaults, run_editable_require

ERRORS_KEPT = 1000  # shown on the page; the count says how many more there are
CHUNK = 500  # rows whose keys are looked up in one query


def rows_checked(*, run: ImportRun, lookups: Lookups, now: datetime) -> Iterator[tuple[Row, Complaint | None]]:
    """Each row of the file with the complaint it describes, or None when it has errors."""
    table = run_table(run)
    columns = {key: run.headers[index] for index, key in enumerate(run.mapping) if key}
    defaults = run_defaults(run, lookups.default_department)
    for number, cells in table.rows:
        row = row_convert(number=number, cells=cells, mapping=run.mapping, headers=run.headers, lookups=lookups)
        yield row, row_check(row=row, columns=columns, defaults=defaults, now=now)


def present_in(rows: list[Row], seen: set[str]) -> set[int]:
    """Numbers of the rows imported before, or repeating an earlier row of the file; ``seen`` grows."""
    found = keys_already_imported(keys=[row.key for row in rows], references=[row.reference for row in rows])
    present = set()
    for row in rows:
        key = row.key
        if key in found or key in seen or row.reference.strip().upper() in found:
            present.add(row.number)
        seen.add(key)
    return present


def import_dry_run(*, run: ImportRun, user: User) -> ImportRun:
    """Check every row; keep the counts and the first errors (row, column, reason in the user's language)."""
    import_permission_require(user=user)
    run_editable_require(run)
    lookups, now = import_lookups(), timezone.now()
    total = bad = present = 0
    errors: list[dict] = []
    seen: set[str] = set()
    good: list[Row] = []
    for row, complaint in rows_checked(run=run, lookups=lookups, now=now):
        total += 1
        if complaint is None:
            bad += 1
            errors.extend({"row": row.number, "column": column, "message": message}
                          for column, message in row.errors[: max(0, ERRORS_KEPT - len(errors))])
        else:
            good.append(row)
        if len(good) >= CHUNK:
            present += len(present_in(good, seen))
            good = []
    present += len(present_in(good, seen))
    with transaction.atomic(durable=True):
        run.total_rows, run.bad_rows, run.present_rows = total, bad, present
        run.good_rows = total - bad - present
        run.errors, run.state = errors, ImportRun.State.CHECKED
        run.save(update_fields=["total_rows", "bad_rows", "present_rows", "good_rows", "errors", "state",
                                "updated_at"])
    return run
