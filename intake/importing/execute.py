"""The import itself: the good rows of a checked file, a batch per transaction, resumable after a crash."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from audit.models import AuditAction
from audit.services import audit_record
from complaintdesk.errors import DomainError
from complaints.models import Complaint
from deadlines.selectors import DeadlineRules, deadline_rules

from .dry_run import present_in, rows_checked
from .models import ImportRun
from .rows import Row
from .selectors import import_lookups
from .services import import_permission_require
from .writing import complaints_write

# Rows per transaction: a crash loses at most one batch's work, which the resumed import redoes;
# 200 complaints with their timeline and audit rows commit in well under a second.
BATCH_SIZE = 200
# Files with at most this many rows are imported while the page waits; larger ones by the worker.
INLINE_ROWS = 300
STARTABLE = (ImportRun.State.CHECKED, ImportRun.State.FAILED, ImportRun.State.QUEUED, ImportRun.State.IMPORTING)


def import_start(*, run: ImportRun, user: User) -> ImportRun:
    """Import the good rows of a checked file: now if it is small, else in the background.

    Also resumes an import that stopped: the rows already committed are not imported again.
    """
    from .tasks import import_run_task

    import_permission_require(user=user)
    if run.state not in STARTABLE:
        raise DomainError(_("Run the dry run first: it checks every row before anything is imported."),
                          code="not_checked")
    with transaction.atomic(durable=True):
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        first_start = run.state == ImportRun.State.CHECKED
        run.state, run.last_error = ImportRun.State.QUEUED, ""
        run.save(update_fields=["state", "last_error", "updated_at"])
        if first_start:
            audit_record(action=AuditAction.IMPORT_STARTED, target=run, actor=user,
                         data={"file": run.file_name, "rows": run.total_rows, "good": run.good_rows})
        if run.total_rows > INLINE_ROWS:
            import_run_task.enqueue(run_id=run.pk)
            return run
    return import_execute_or_mark(run_id=run.pk)


def import_execute_or_mark(*, run_id: int) -> ImportRun:
    """``import_execute``; if it fails, the run says why and stays resumable."""
    try:
        return import_execute(run_id=run_id)
    except Exception as exc:
        import_failed_mark(run_id=run_id, error=f"{type(exc).__name__}: {exc}")
        raise


def import_execute(*, run_id: int) -> ImportRun:
    """Import from the run's ``next_row`` to the end, committing each batch with the run's progress."""
    run = ImportRun.objects.select_related("created_by").get(pk=run_id)
    if run.state == ImportRun.State.DONE:
        return run
    lookups, rules = import_lookups(), deadline_rules()
    batch: list[tuple[Row, Complaint | None]] = []
    for row, complaint in rows_checked(run=run, lookups=lookups, now=timezone.now()):
        if row.number < run.next_row:
            continue
        batch.append((row, complaint))
        if len(batch) >= BATCH_SIZE:
            run = batch_import(run_id=run_id, batch=batch, rules=rules)
            batch = []
    run = batch_import(run_id=run_id, batch=batch, rules=rules, last=True)
    return run


@transaction.atomic(durable=True)
def batch_import(*, run_id: int, batch: list[tuple[Row, Complaint | None]], rules: DeadlineRules,
                 last: bool = False) -> ImportRun:
    run = ImportRun.objects.select_for_update().select_related("created_by").get(pk=run_id)
    batch = [(row, complaint) for row, complaint in batch if row.number >= run.next_row]  # done by another
    good = [(row, complaint) for row, complaint in batch if complaint is not None]
    present = present_in([row for row, _complaint in good], set())
    new = [(row, complaint) for row, complaint in good if row.number not in present]
    complaints_write(run=run, user=run.created_by, items=new, rules=rules)
    run.imported_rows += len(new)
    run.skipped_rows += len(batch) - len(new)
    if batch:
        run.next_row = batch[-1][0].number + 1
    run.state = ImportRun.State.DONE if last else ImportRun.State.IMPORTING
    if last:
        run.finished_at = timezone.now()
        audit_record(action=AuditAction.IMPORT_FINISHED, target=run, actor=run.created_by,
                     data={"imported": run.imported_rows, "skipped": run.skipped_rows})
    run.save()
    return run


def import_failed_mark(*, run_id: int, error: str) -> None:
    """Keep the reason an import stopped; what it committed stays, and it can be resumed."""
    with transaction.atomic(durable=True):
        ImportRun.objects.filter(pk=run_id).exclude(state=ImportRun.State.DONE).update(
            state=ImportRun.State.FAILED, last_error=error[:2000], updated_at=timezone.now())
