"""Who is responsible for what: each department with its head and responsible people, as they are now."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from routing.selectors import departments_with_people


@login_required
@require_safe
def departments(request: HttpRequest) -> HttpResponse:
    # PRODUCT.md, Control: "an up-to-date list of the responsible person of each department".
    return render(request, "web/departments.html", {"departments": departments_with_people()})
