"""The dry run: every row checked as the import would check it, nothing written but the counts."""

from collections.abc import Iterator
from datetime import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from accounts.models import User
from complaints.models import Complaint

from .checking import row_check
from .models import ImportRun
from .rows import Lookups, Row, row_convert
from .selectors import import_lookups, keys_already_imported, run_table
from .services import import_permission_require, run_defaults, run_editable_require

ERRORS_KEPT = 1000  # shown on the page; the count says how many more there are
CHUNK = 500  # rows whose keys are looked up in one query; also how often the page's count moves
# Files larger than this are checked by the worker (about 300 rows of a typical export), so that a
# request never waits for tens of thousands of rows.
INLINE_BYTES = 64 * 1024


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


def import_check_start(*, run: ImportRun, user: User) -> ImportRun:
    """Run the dry run now for a small file, else have the worker run it in the user's language."""
    from .tasks import import_dry_run_task

    import_permission_require(user=user)
    run_editable_require(run)
    if run.file.size <= INLINE_BYTES:
        return import_dry_run(run=run, user=user)
    with transaction.atomic(durable=True):
        run.state, run.total_rows, run.last_error = ImportRun.State.CHECKING, 0, ""
        run.save(update_fields=["state", "total_rows", "last_error", "updated_at"])
        import_dry_run_task.enqueue(run_id=run.pk, user_id=user.pk, language=get_language() or "en")
    return run


def dry_run_failed_mark(*, run_id: int, error: str) -> None:
    """A dry run that failed leaves the run as uploaded, with the reason: it can be checked again."""
    ImportRun.objects.filter(pk=run_id, state=ImportRun.State.CHECKING).update(
        state=ImportRun.State.UPLOADED, last_error=error[:2000], updated_at=timezone.now())


def import_dry_run(*, run: ImportRun, user: User) -> ImportRun:
    """Check every row; keep the counts and the first errors (row, column, reason in the user's language)."""
    import_permission_require(user=user)
    run_editable_require(run, checking=True)
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
        if total % CHUNK == 0:
            ImportRun.objects.filter(pk=run.pk).update(total_rows=total)  # the progress the page shows
    present += len(present_in(good, seen))
    with transaction.atomic(durable=True):
        run.total_rows, run.bad_rows, run.present_rows = total, bad, present
        run.good_rows = total - bad - present
        run.errors, run.state, run.last_error = errors, ImportRun.State.CHECKED, ""
        run.save(update_fields=["total_rows", "bad_rows", "present_rows", "good_rows", "errors", "state",
                                "last_error", "updated_at"])
    return run
