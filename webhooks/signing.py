"""What a receiver checks: the body, the headers and the HMAC signature. Pure, no ORM."""

import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any

USER_AGENT = "complaintdesk-webhooks/1"

# A failed delivery is tried again after these delays; the last one repeats until the attempts run out.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30), timedelta(hours=2),
                timedelta(hours=6), timedelta(hours=12))


def body_encode(payload: dict[str, Any]) -> bytes:
    """The payload as sent: compact UTF-8 JSON with sorted keys, the same bytes on every attempt."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def signature(*, secret: str, timestamp: int, body: bytes) -> str:
    """``sha256=`` and the hex HMAC-SHA256 of ``"<timestamp>.<body>"`` keyed with the subscription's secret.

    The timestamp is signed with the body, so a receiver can refuse old (replayed) requests.
    """
    digest = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def request_headers(*, secret: str, event: str, delivery_id: int, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-Complaintdesk-Event": event,
        "X-Complaintdesk-Delivery": str(delivery_id),
        "X-Complaintdesk-Timestamp": str(timestamp),
        "X-Complaintdesk-Signature": signature(secret=secret, timestamp=timestamp, body=body),
    }


def retry_delay(*, attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed attempt (1-based) before the next one."""
    return RETRY_DELAYS[min(max(attempts, 1), len(RETRY_DELAYS)) - 1]
