"""The one ``NinjaAPI`` of complaintdesk, mounted at ``/api/v1/``."""

from ninja import NinjaAPI

from .auth import TokenAuth
from .coach import router as coach_router
from .complaints import router as complaints_router
from .errors import error_handlers_install
from .resolution import router as resolution_router

api = NinjaAPI(title="complaintdesk", version="1", urls_namespace="api", auth=TokenAuth(),
               openapi_url="/openapi.json", docs_url="/docs",
               description="Complaints over HTTP. Authenticate with `Authorization: Bearer <key>`; "
                           "keys are made by an administrator (API tokens). Errors are application/problem+json.")
api.add_router("/", complaints_router)
api.add_router("/", resolution_router)
api.add_router("/", coach_router)
error_handlers_install(api)
