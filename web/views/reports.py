"""The quality report pages and their files: quality management the company's, heads their department's."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from accounts.permissions import EVERYTHING, report_scope
from complaintdesk.errors import DomainError
from deadlines.selectors import deadline_rules
from reports.document import report_document
from reports.exports.files import EXPORT_FORMATS, report_file
from reports.selectors.scope import Scope, report_department
from web.forms.reports import ReportFilterForm


def report_scope_from(request: HttpRequest) -> tuple[ReportFilterForm, Scope]:
    """The filter form and the scope it asks for, through the access gate (``report_department``)."""
    form = ReportFilterForm(request.GET or None, time_zone=deadline_rules().default.time_zone,
                            with_department=report_scope(request.user) == EVERYTHING)
    department = report_department(user=request.user, department_id=form.department_id())
    return form, Scope(period=form.period(), department=department)


def query_of(scope: Scope, **extra: str) -> str:
    period = scope.period
    params = {"month": period.key} if period.is_month else {"start": period.start.isoformat(),
                                                            "end": period.last_day.isoformat()}
    if scope.department:
        params["department"] = str(scope.department.pk)
    return urlencode({**params, **extra})


@login_required
@require_safe
def report_dashboard(request: HttpRequest) -> HttpResponse:
    try:
        form, scope = report_scope_from(request)
    except DomainError as exc:
        return render(request, "web/reports.html", {"refusal": exc.message}, status=exc.status)
    exports = [(label, f"{reverse('web:report_export', kwargs={'file_format': code})}?{query_of(scope)}")
               for code, label in EXPORT_FORMATS]
    return render(request, "web/reports.html", {"form": form, "document": report_document(scope=scope),
                                                "exports": exports})


@login_required
@require_safe
def report_export(request: HttpRequest, file_format: str) -> HttpResponse:
    try:
        _form, scope = report_scope_from(request)
        exported = report_file(scope=scope, file_format=file_format)
    except DomainError as exc:
        return render(request, "web/reports.html", {"refusal": exc.message}, status=exc.status)
    response = HttpResponse(exported.content, content_type=exported.content_type)
    response["Content-Disposition"] = f'attachment; filename="{exported.filename}"'
    return response
