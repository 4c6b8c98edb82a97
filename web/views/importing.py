"""Import pages (QMS and administrators): upload, map the columns, dry run, import, and past imports."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from complaintdesk.errors import DomainError, NotFound, PermissionDenied
from intake.importing.dry_run import import_check_start
from intake.importing.execute import import_start
from intake.importing.models import ImportRun
from intake.importing.selectors import import_run_access, import_run_list, import_samples
from intake.importing.services import import_mapping_save, import_permission_require, import_upload
from web.forms.importing import ImportMappingForm, ImportUploadForm

LIST_LIMIT = 50
WORKING = (ImportRun.State.CHECKING, ImportRun.State.QUEUED, ImportRun.State.IMPORTING)
ERRORS_SHOWN = 200


def refused(request: HttpRequest, error: DomainError) -> HttpResponse:
    status = 403 if isinstance(error, PermissionDenied) else 404
    return render(request, "web/not_found.html", {"message": error.message}, status=status)


def for_importers(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Only QMS and administrators reach the import pages; the run of the URL through its access gate."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, run_id: int | None = None, **kwargs: Any) -> HttpResponse:
        try:
            import_permission_require(user=request.user)
            if run_id is not None:
                args = (import_run_access(user=request.user, run_id=run_id), *args)
        except (PermissionDenied, NotFound) as exc:
            return refused(request, exc)
        return view(request, *args, **kwargs)

    return wrapper


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@for_importers
def imports(request: HttpRequest) -> HttpResponse:
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            run = import_upload(user=request.user, upload=form.cleaned_data["file"])
        except DomainError as exc:
            form.add_error("file", exc.message)
        else:
            return redirect("web:import", run_id=run.pk)
    runs = list(import_run_list(user=request.user)[:LIST_LIMIT])
    return render(request, "web/imports.html", {"form": form, "runs": runs})


def mapping_form(run: ImportRun, data=None) -> ImportMappingForm:
    initial = {f"column_{index}": key for index, key in enumerate(run.mapping)}
    initial.update(default_channel=run.default_channel, default_language=run.default_language)
    return ImportMappingForm(data, headers=run.headers, samples=import_samples(run=run), initial=initial)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
@for_importers
def import_detail(request: HttpRequest, run: ImportRun) -> HttpResponse:
    """Step 2 and 3: the mapping, and the dry run it gives; POST saves the mapping and starts the dry run."""
    editable = run.state in (ImportRun.State.UPLOADED, ImportRun.State.CHECKED)
    form = mapping_form(run, request.POST if request.method == "POST" else None) if editable else None
    if form is not None and form.is_bound and form.is_valid():
        try:
            run = import_mapping_save(run=run, user=request.user, mapping=form.mapping(),
                                      default_channel=form.cleaned_data["default_channel"],
                                      default_language=form.cleaned_data["default_language"])
            run = import_check_start(run=run, user=request.user)
        except DomainError as exc:
            form.add_error(None, exc.message)
        else:
            return redirect(reverse("web:import", kwargs={"run_id": run.pk}) + "#dry-run")
    return render(request, "web/import.html", {"run": run, "form": form, "errors": run.errors[:ERRORS_SHOWN],
                                               "more_errors": max(0, len(run.errors) - ERRORS_SHOWN)})


@login_required
@require_POST
@for_importers
def import_run(request: HttpRequest, run: ImportRun) -> HttpResponse:
    """Step 4: import the good rows (or resume an import that stopped)."""
    try:
        run = import_start(run=run, user=request.user)
    except DomainError as exc:
        messages.error(request, exc.message)
    except Exception:
        messages.error(request, _("The import stopped with an error. What was imported is kept: resume it."))
    else:
        if run.state == ImportRun.State.DONE:
            messages.success(request, ngettext("%(count)d complaint imported.", "%(count)d complaints imported.",
                                               run.imported_rows) % {"count": run.imported_rows})
    return redirect("web:import", run_id=run.pk)


@login_required
@require_safe
@for_importers
def import_progress(request: HttpRequest, run: ImportRun) -> HttpResponse:
    """The progress part of the import page, polled by htmx while the worker checks or imports.

    Once the worker is done the whole page is loaded again: it then shows the dry run's errors or the result.
    """
    response = render(request, "web/import.html#progress", {"run": run})
    if run.state not in WORKING:
        response["HX-Refresh"] = "true"
    return response
