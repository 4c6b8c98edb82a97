"""Export of the queue as it is filtered, in the shape the import reads (CSV streamed, or XLSX)."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from complaints.selectors import complaint_list_for_export
from intake.importing.export import csv_lines, xlsx_write
from web.forms.queue import QueueFilterForm

from .queue import DEFAULT_FILTERS, filters_submitted

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def exported(request: HttpRequest):
    form = QueueFilterForm(request.GET if filters_submitted(request.GET) else DEFAULT_FILTERS)
    form.is_valid()
    return complaint_list_for_export(user=request.user, filters=form.filters())


def file_name(extension: str) -> str:
    return f"complaints-{timezone.localdate().isoformat()}.{extension}"


@login_required
@require_safe
def export_csv(request: HttpRequest) -> StreamingHttpResponse:
    response = StreamingHttpResponse(csv_lines(exported(request)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{file_name("csv")}"'
    return response


@login_required
@require_safe
def export_xlsx(request: HttpRequest) -> FileResponse:
    return FileResponse(xlsx_write(exported(request)), as_attachment=True, filename=file_name("xlsx"),
                        content_type=XLSX_TYPE)
