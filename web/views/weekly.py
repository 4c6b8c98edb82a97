"""The weekly deadline-control summary as a page: quality management and department heads."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe

from complaintdesk.errors import PermissionDenied
from deadlines.selectors import deadline_rules
from deadlines.summary import weekly_deadline_summary, weekly_summary_department, week_of
from web.forms.weekly import WeeklyFilterForm


@login_required
@require_safe
def weekly(request: HttpRequest) -> HttpResponse:
    form = WeeklyFilterForm(request.GET) if request.user.sees_everything else None
    try:
        department = weekly_summary_department(user=request.user,
                                               department_id=form.department_id() if form else None)
    except PermissionDenied as exc:
        return render(request, "web/weekly.html", {"refusal": exc.message}, status=exc.status)
    rules = deadline_rules()
    now = timezone.now()
    summary = weekly_deadline_summary(week=week_of(moment=now, time_zone=rules.default.time_zone), now=now,
                                      department=department, rules=rules)
    return render(request, "web/weekly.html", {"form": form, "summary": summary, "base_url": ""})
