"""The one family of errors that services raise and every interface translates."""

from django.utils.functional import Promise


class DomainError(Exception):
    """A rule of the domain refused an action; ``message`` is translated and shown as is."""

    code = "domain_error"
    status = 400

    def __init__(self, message: str | Promise, *, code: str | None = None) -> None:
        super().__init__(str(message))
        self.message = message
        if code is not None:
            self.code = code


class NotFound(DomainError):
    """Missing, or not visible to this user: the two are indistinguishable on purpose."""

    code = "not_found"
    status = 404


class PermissionDenied(DomainError):
    code = "permission_denied"
    status = 403


class InvalidTransition(DomainError):
    code = "invalid_transition"
    status = 409
