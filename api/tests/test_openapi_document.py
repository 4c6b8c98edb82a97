import json

import pytest

pytestmark = pytest.mark.django_db


def test_the_openapi_document_lists_every_path(client):
    # when
    response = client.get("/api/v1/openapi.json")

    # then
    document = json.loads(response.content)
    assert response.status_code == 200
    assert document["info"]["title"] == "complaintdesk"
    assert set(document["paths"]) >= {
        "/api/v1/complaints", "/api/v1/complaints/{number}", "/api/v1/complaints/{number}/interactions",
        "/api/v1/complaints/{number}/proposals", "/api/v1/complaints/{number}/transitions",
        "/api/v1/complaints/{number}/close", "/api/v1/complaints/{number}/investigation",
        "/api/v1/complaints/{number}/remedies", "/api/v1/complaints/{number}/transfer",
        "/api/v1/complaints/{number}/delay", "/api/v1/reference", "/api/v1/coach/check",
    }
    assert document["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"
    out = document["components"]["schemas"]["ComplaintDetailOut"]["properties"]
    assert "access_token" not in out and "search_text" not in out


def test_the_docs_page_loads_its_scripts_from_our_own_static_files(client):
    # when
    response = client.get("/api/v1/docs")

    # then
    page = response.content.decode()
    assert response.status_code == 200
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
