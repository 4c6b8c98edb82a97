import json
from typing import Any

import pytest
from django.test import Client

from accounts.models import User
from api.services import api_token_create


class ApiClient:
    """The Django test client speaking JSON with a bearer key."""

    def __init__(self, key: str | None, language: str = "en") -> None:
        self.client = Client()
        self.headers: dict[str, str] = {"Accept-Language": language}
        if key is not None:
            self.headers["Authorization"] = f"Bearer {key}"

    def get(self, path: str, **params: Any):
        return self.client.get("/api/v1" + path, params, headers=self.headers)

    def post(self, path: str, data: dict, headers: dict[str, str] | None = None):
        return self.client.post("/api/v1" + path, json.dumps(data), content_type="application/json",
                                headers={**self.headers, **(headers or {})})


@pytest.fixture
def api_for():
    def make(user: User, language: str = "en") -> ApiClient:
        _token, key = api_token_create(name=f"{user.username} script", user=user)
        return ApiClient(key, language)
    return make
