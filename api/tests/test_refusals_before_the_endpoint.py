"""An unknown address or a method an address does not take: problem+json, in the caller's language."""

import pytest

pytestmark = pytest.mark.django_db


def test_a_method_the_address_does_not_take(responsible, api_for):
    # when
    response = api_for(responsible, "ru").client.delete("/api/v1/reference",
                                                        headers=api_for(responsible, "ru").headers)

    # then
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert response["Allow"] == "GET"
    assert response.json()["detail"] == "Этот адрес не принимает DELETE. Он принимает: GET."


def test_an_unknown_address_under_the_api(responsible, api_for):
    # when
    response = api_for(responsible, "ka").get("/no-such-thing")

    # then
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "not_found"
    assert response.json()["detail"] == "ამ მისამართზე ვერაფერი მოიძებნა."


@pytest.mark.parametrize("where", ["body", "query", "path"])
def test_a_nul_character_is_refused_and_nothing_is_registered(qms, department, api_for, where):
    # given
    api = api_for(qms, "ru")

    # when
    if where == "body":
        response = api.post("/complaints", {"contact_name": "Ana", "description": "broken\x00"})
    elif where == "query":
        response = api.get("/complaints", search="a\x00b")
    else:
        response = api.get("/complaints/CD-2026-%00")

    # then
    assert response.status_code == 422
    assert response.json()["code"] == "nul_character"
    assert response.json()["detail"] == "Тексты не должны содержать символ NUL (U+0000)."
    assert not department.complaints.exists()


def test_an_escaped_backslash_before_u0000_is_plain_text(qms, department, api_for):
    # when: the customer literally typed \u0000
    response = api_for(qms).post("/complaints", {"contact_name": "Ana", "description": "I typed \\u0000 here"})

    # then
    assert response.status_code == 201
    assert department.complaints.get().description == "I typed \\u0000 here"
