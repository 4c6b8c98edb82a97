"""One HTTP POST with separate connect and read time limits; never raises for network trouble.

``http.client`` rather than ``urllib.request``: urllib has a single timeout for both the
connection and the answer, and the two limits differ (a dead host should fail fast).
Redirects are not followed: a 3xx is a failed delivery, like any answer but 2xx.
"""

import http.client
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

RESPONSE_READ_LIMIT = 64 * 1024  # the answer's body is not used; read a little so the connection closes cleanly


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    error: str
    duration_ms: int

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def http_post(*, url: str, body: bytes, headers: dict[str, str], connect_timeout: float,
              read_timeout: float) -> Outcome:
    parts = urlsplit(url)
    started = time.monotonic()
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    kwargs = {"context": ssl.create_default_context()} if parts.scheme == "https" else {}
    connection = connection_class(parts.hostname or "", parts.port, timeout=connect_timeout, **kwargs)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    status_code, error = None, ""
    try:
        connection.connect()
        connection.sock.settimeout(read_timeout)
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read(RESPONSE_READ_LIMIT)
        status_code = response.status
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code} {response.reason}".strip()
    except (OSError, http.client.HTTPException) as exc:
        error = f"{type(exc).__name__}: {exc}"
    finally:
        connection.close()
    return Outcome(status_code=status_code, error=error[:500],
                   duration_ms=int((time.monotonic() - started) * 1000))
