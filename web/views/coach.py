"""The reply coach as the employee types: the findings on the text of one field, as a page fragment."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from coaching.selectors import reply_coach
from complaintdesk.errors import NotFound
from complaints.selectors import complaint_access
from web.forms.coach import CoachCheckForm


@login_required
@require_POST
def coach_check(request: HttpRequest) -> HttpResponse:
    """Posted by htmx with the whole form around the field; ``coach_field`` names the field to check."""
    form = CoachCheckForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    data = form.cleaned_data
    text = request.POST.get(data["coach_field"], "")
    try:
        complaint = complaint_access(user=request.user, number=data["coach_complaint"]) \
            if data["coach_complaint"] else None
    except NotFound:
        return HttpResponse(status=404)
    result = reply_coach(text=text, language=data["language"], complaint=complaint,
                         whole_reply=data["coach_whole"])
    return render(request, "web/coach/_findings.html", {"text": text, "result": result.as_dict()})
