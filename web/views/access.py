"""The access gate of the staff pages and the one way an action reports its outcome."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from complaintdesk.errors import DomainError, NotFound
from complaints.models import Complaint
from complaints.selectors import complaint_access

ComplaintView = Callable[..., HttpResponse]


def with_complaint(view: ComplaintView) -> ComplaintView:
    """Pass the complaint of the URL's ``number`` through ``complaint_access``.

    Missing and not visible both give the same "not found" page, so numbers cannot be probed.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, number: str, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            complaint = complaint_access(user=request.user, number=number)
        except NotFound as exc:
            return render(request, "web/not_found.html", {"message": exc.message}, status=404)
        return view(request, complaint, *args, **kwargs)

    return wrapper


def action_outcome(request: HttpRequest, *, complaint: Complaint, run: Callable[[], Any],
                   success: str | Callable[[Any], str]) -> HttpResponse:
    """Run one service; show its refusal or ``success`` on the complaint page (post/redirect/get).

    ``success`` is the message, or makes it from what the service returned.
    """
    try:
        result = run()
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, success(result) if callable(success) else success)
    return redirect(complaint.get_absolute_url())


def form_refused(request: HttpRequest, *, complaint: Complaint, form: Form) -> HttpResponse:
    """A small action form that did not parse: its errors as messages on the complaint page."""
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)
    return redirect(complaint.get_absolute_url())
