"""The survey link's secret: only its hash is stored, so a database copy opens no survey."""

import hashlib
import secrets


def survey_token_new() -> str:
    return secrets.token_urlsafe(32)


def survey_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
