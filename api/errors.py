"""Every error as ``application/problem+json`` (RFC 9457), in the language of ``Accept-Language``."""

import json
import logging
from http import HTTPStatus
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from complaintdesk.errors import DomainError

logger = logging.getLogger(__name__)

ERROR_BASE = "https://complaintdesk/errors/"
TITLES = {
    400: _("The request was refused"),
    401: _("Authentication required"),
    403: _("Not allowed"),
    404: _("Not found"),
    405: _("Method not allowed"),
    409: _("Not possible in the complaint's current state"),
    422: _("The data is not valid"),
    500: _("Internal error"),
}
# Pydantic's English messages, by error type, as translated sentences.
PYDANTIC_MESSAGES = {
    "missing": _("This field is required."),
    "string_too_long": _("This text is too long."),
    "string_too_short": _("This text is empty."),
    "string_type": _("Enter a text."),
    "int_parsing": _("Enter a whole number."),
    "int_type": _("Enter a whole number."),
    "bool_parsing": _("Enter true or false."),
    "bool_type": _("Enter true or false."),
    "date_from_datetime_parsing": _("Enter a date as YYYY-MM-DD."),
    "date_parsing": _("Enter a date as YYYY-MM-DD."),
    "date_type": _("Enter a date as YYYY-MM-DD."),
    "literal_error": _("Choose one of the allowed values."),
    "enum": _("Choose one of the allowed values."),
    "list_type": _("Enter a list."),
    "greater_than_equal": _("This number is too small."),
    "less_than_equal": _("This number is too large."),
    "json_invalid": _("The body is not valid JSON."),
    "model_attributes_type": _("The body must be a JSON object."),
}


def problem(*, status: int, code: str, detail: str, headers: dict[str, str] | None = None,
            **extra: Any) -> HttpResponse:
    body = {"type": ERROR_BASE + code, "title": str(TITLES.get(status, HTTPStatus(status).phrase)),
            "status": status, "detail": str(detail), "code": code, **extra}
    response = HttpResponse(json.dumps(body, ensure_ascii=False), status=status,
                            content_type="application/problem+json")
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    extra = {"missing": [str(m) for m in exc.missing]} if hasattr(exc, "missing") else {}
    return problem(status=exc.status, code=exc.code, detail=str(exc.message), **extra)


def django_validation_error(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        errors = [{"field": None if name == NON_FIELD_ERRORS else name, "message": str(message)}
                  for name, messages in exc.message_dict.items() for message in messages]
    else:
        errors = [{"field": None, "message": str(message)} for message in exc.messages]
    return problem(status=422, code="validation_error", errors=errors,
                   detail=gettext("Some fields are not valid: each one is listed in errors."))


def request_validation_error(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors = []
    for error in exc.errors:
        # loc: ("body", "payload", "contact_name") or ("query", "limit"): the field is what the client sent.
        names = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path", "header")]
        names = names[1:] if names and error.get("loc", ("",))[0] == "body" else names
        message = PYDANTIC_MESSAGES.get(error.get("type", ""), _("Enter a valid value."))
        errors.append({"field": ".".join(names) or None, "message": str(message)})
    return problem(status=422, code="validation_error", errors=errors,
                   detail=gettext("Some fields are not valid: each one is listed in errors."))


def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return problem(status=401, code="unauthorized",
                   detail=gettext("Send a valid API token: Authorization: Bearer <key>."),
                   headers={"WWW-Authenticate": "Bearer"})


def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem(status=exc.status_code, code=f"http_{exc.status_code}", detail=str(exc.message))


def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(status=404, code="not_found", detail=gettext("Nothing was found at this address."))


def internal_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    logger.exception("API request failed: %s %s", request.method, request.path)
    return problem(status=500, code="internal_error",
                   detail=gettext("Something went wrong on our side. Try again later."))


def error_handlers_install(api: NinjaAPI) -> None:
    api.add_exception_handler(DomainError, domain_error)
    api.add_exception_handler(DjangoValidationError, django_validation_error)
    api.add_exception_handler(NinjaValidationError, request_validation_error)
    api.add_exception_handler(AuthenticationError, authentication_error)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(Exception, internal_error)
