from django_tasks import task

from .execute import import_execute_or_mark


@task()
def import_run_task(*, run_id: int) -> dict:
    """Import a large checked file in the background; the page shows the progress."""
    run = import_execute_or_mark(run_id=run_id)
    return {"imported": run.imported_rows, "skipped": run.skipped_rows}
