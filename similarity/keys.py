"""The keys a complaint is indexed under: its text's LSH bands and who complained; pure, no ORM."""

import hashlib
import re

from . import minhash

_NOT_DIGITS = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")
PHONE_DIGITS = 9  # the subscriber number without country or trunk prefix: +995 5XX…, 8 9XX…, +7 9XX…


def _key(kind: bytes, value: str) -> int:
    digest = hashlib.blake2b(value.encode("utf-8"), digest_size=8, person=kind).digest()
    return int.from_bytes(digest, "big", signed=True)


def customer_keys(*, email: str, phone: str, account_ref: str) -> list[int]:
    """One key per way the customer is known: e-mail (any case), phone (last digits), account (no spaces)."""
    keys = []
    email = (email or "").strip().casefold()
    if "@" in email:
        keys.append(_key(b"email", email))
    digits = _NOT_DIGITS.sub("", phone or "")
    if len(digits) >= 7:
        keys.append(_key(b"phone", digits[-PHONE_DIGITS:]))
    account = _SPACES.sub("", (account_ref or "")).casefold()
    if account:
        keys.append(_key(b"account", account))
    return keys


def complaint_keys(*, description: str, email: str, phone: str,
                   account_ref: str) -> tuple[bytes, list[int], list[int]]:
    """The signature (bytes), its band keys and the customer keys of one complaint."""
    sig = minhash.signature(description)
    return (minhash.signature_bytes(sig), minhash.band_keys(sig),
            customer_keys(email=email, phone=phone, account_ref=account_ref))
