"""Refusals made before an endpoint runs (unknown address, wrong method, NUL) as problem+json too.

django-ninja answers a method an address does not take with a bare ``text/html`` 405, and
Django's resolver an unknown address under ``/api/`` with its HTML 404 page: an API client
gets the same RFC 9457 document as for every other refusal, in its language.

No text may hold the NUL character: PostgreSQL cannot store it (the pages' forms refuse it
field by field; here it is refused for the whole request, before any endpoint sees it).
"""

import re

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from .errors import problem

API_PREFIX = "/api/"
# A JSON escape \u0000 that is not itself an escaped backslash followed by "u0000".
JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000", re.IGNORECASE)


def nul_sent(request: HttpRequest) -> bool:
    if "\x00" in request.path or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    body = request.body
    return b"\x00" in body or (b"u0000" in body.lower() and JSON_NUL.search(body) is not None)


class ApiProblemMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(API_PREFIX) and nul_sent(request):
            return problem(status=422, code="nul_character",
                           detail=_("Texts must not contain the NUL character (U+0000)."))
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX) or response.get("Content-Type", "").startswith(
                ("application/problem+json", "application/json")):
            return response
        if response.status_code == 405:
            return problem(status=405, code="method_not_allowed", headers={"Allow": response["Allow"]},
                           detail=_("This address does not take %(method)s. It takes: %(allowed)s.")
                           % {"method": request.method, "allowed": response["Allow"]})
        if response.status_code == 404:
            return problem(status=404, code="not_found", detail=_("Nothing was found at this address."))
        return response
