"""Property-based: every input generated from the OpenAPI document gets an answer below 500.

Schemathesis reads ``/api/v1/openapi.json`` and sends the WSGI application what it derives from
it (valid and invalid bodies, odd strings, huge numbers…). Half of the generated complaint numbers
are swapped for a real complaint's, so that the actions reach the services, not only the 404.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from accounts.models import User
from accounts.tests.factories import UserFactory
from api.services import api_token_create
from complaintdesk.wsgi import application
from complaints.tests.factories import complaint_make

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


def answers_as_problem_json(ctx, response, case) -> None:
    """Refusals are RFC 9457 documents without a stack trace."""
    if 400 <= response.status_code < 500:
        content_type = {name.lower(): values for name, values in response.headers.items()}["content-type"]
        assert content_type[0].startswith("application/problem+json"), response.text
        assert "Traceback" not in response.text


@pytest.fixture(autouse=True)
def _connection_kept():
    """As Django's test client does: the WSGI handler must not close the test's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def key(department):
    user = UserFactory(username="integration", role=User.Role.QMS)
    complaint_make(department=department, registered_by=user)
    return api_token_create(name="fuzz", user=user)[1]


@pytest.mark.django_db
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_generated_input_gets_a_server_error(case, key, department):
    if "number" in (case.path_parameters or {}) and hash(str(case.body)) % 2:
        case.path_parameters["number"] = department.complaints.first().tracking_number
    response = case.call(headers={"Authorization": f"Bearer {key}"})
    case.validate_response(response, checks=[not_a_server_error, answers_as_problem_json])
