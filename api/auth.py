"""``Authorization: Bearer <key>``: the request then acts as the token's employee."""

from django.http import HttpRequest
from ninja.security import HttpBearer

from .models import ApiToken
from .services import api_token_authenticate


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> ApiToken | None:
        api_token = api_token_authenticate(key=token)
        if api_token is not None:
            request.user = api_token.user
        return api_token
