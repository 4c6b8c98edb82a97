"""The HTTP API (``/api/v1/``): the single ``NinjaAPI`` lives in ``api.api`` (models must load first)."""
