import pytest

from complaints.tests.factories import complaint_make

pytestmark = pytest.mark.django_db


def test_another_departments_complaint_looks_exactly_like_a_missing_one(responsible, other_department, api_for):
    # given
    hidden = complaint_make(department=other_department)
    api = api_for(responsible)

    # when
    hidden_response = api.get(f"/complaints/{hidden.tracking_number}")
    missing_response = api.get("/complaints/CD-2026-999999")

    # then
    assert hidden_response.status_code == missing_response.status_code == 404
    hidden_body, missing_body = hidden_response.json(), missing_response.json()
    assert hidden_body["code"] == missing_body["code"] == "not_found"
    assert hidden_body["detail"].replace(hidden.tracking_number, "N") == missing_body["detail"].replace(
        "CD-2026-999999", "N")
    assert hidden_response["Content-Type"] == "application/problem+json"


def test_actions_on_a_hidden_complaint_are_not_found_either(responsible, other_department, api_for):
    # given
    hidden = complaint_make(department=other_department)
    api = api_for(responsible)

    # when
    response = api.post(f"/complaints/{hidden.tracking_number}/interactions", {"kind": "note", "body": "x"})

    # then
    assert response.status_code == 404
    assert hidden.interactions.count() == 1
