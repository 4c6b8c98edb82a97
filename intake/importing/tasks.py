from django.utils import translation
from django_tasks import task

from accounts.models import User

from .dry_run import dry_run_failed_mark, import_dry_run
from .execute import import_execute_or_mark
from .models import ImportRun


@task()
def import_dry_run_task(*, run_id: int, user_id: int, language: str = "en") -> dict:
    """Check a large file in the background, writing the reasons in the language of who asked."""
    run, user = ImportRun.objects.get(pk=run_id), User.objects.get(pk=user_id)
    try:
        with translation.override(language):
            run = import_dry_run(run=run, user=user)
    except Exception as exc:
        dry_run_failed_mark(run_id=run_id, error=f"{type(exc).__name__}: {exc}")
        raise
    return {"rows": run.total_rows, "bad": run.bad_rows}


@task()
def import_run_task(*, run_id: int) -> dict:
    """Import a large checked file in the background; the page shows the progress."""
    run = import_execute_or_mark(run_id=run_id)
    return {"imported": run.imported_rows, "skipped": run.skipped_rows}
