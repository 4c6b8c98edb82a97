"""Business calendars: which of the next 60 days are working days, and why. Open to every employee."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from deadlines.models import WEEKDAY_NAMES
from deadlines.selectors import business_calendar_days, business_calendar_get, business_calendar_list


@login_required
@require_safe
def calendar_list(request: HttpRequest) -> HttpResponse:
    return render(request, "web/calendar.html", {"calendars": list(business_calendar_list()), "calendar": None})


@login_required
@require_safe
def calendar_days(request: HttpRequest, calendar_id: int) -> HttpResponse:
    calendar = business_calendar_get(calendar_id=calendar_id)
    if calendar is None:
        return render(request, "web/not_found.html", {"message": _("No such business calendar.")}, status=404)
    days = business_calendar_days(calendar=calendar, now=timezone.now(), language=get_language() or "en")
    weekdays = [WEEKDAY_NAMES[n] for n in sorted(calendar.working_weekdays or [0, 1, 2, 3, 4])]
    return render(request, "web/calendar.html", {
        "calendars": list(business_calendar_list()), "calendar": calendar, "days": days, "weekdays": weekdays,
    })
