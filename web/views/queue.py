"""The queue: the complaints the user may see, filtered, sorted by deadline, a page at a time."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_safe
from django.views.decorators.vary import vary_on_headers

from complaints.selectors import QUEUE_PAGE_SIZE, complaint_list_for_queue
from deadlines.selectors import complaints_time_left
from web.forms.queue import QueueFilterForm

PAGE_SIZE = QUEUE_PAGE_SIZE
# A queue opened without filters shows the work still to do.
DEFAULT_FILTERS = QueryDict("open_only=on")


def filters_submitted(query: QueryDict) -> bool:
    return any(key != "cursor" for key in query)


@login_required
@require_safe
@vary_on_headers("HX-Request")
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET if filters_submitted(request.GET) else DEFAULT_FILTERS)
    form.is_valid()  # invalid fields show their errors and filter nothing
    page = complaint_list_for_queue(user=request.user, filters=form.filters(),
                                    cursor=request.GET.get("cursor", ""), page_size=PAGE_SIZE)
    # htmx swaps only the rows; a history restore needs the whole page again.
    rows_only = bool(request.htmx) and not request.htmx.history_restore_request
    template_name = "web/queue.html" + ("#rows" if rows_only else "")
    now = timezone.now()
    time_left = complaints_time_left(complaints=page.complaints, now=now)
    return render(request, template_name, {"form": form, "page": page, "now": now, "time_left": time_left})
