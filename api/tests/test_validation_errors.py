import pytest

from complaints.models import Complaint

pytestmark = pytest.mark.django_db


def test_a_blank_required_field_is_named_in_russian(agent, department, api_for):
    # given
    api = api_for(agent, language="ru")

    # when
    response = api.post("/complaints", {"contact_name": "", "description": "", "contact_email": "not-an-email"})

    # then
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "validation_error"
    assert body["title"] == "Данные некорректны"
    fields = {error["field"]: error["message"] for error in body["errors"]}
    assert {"contact_name", "description", "contact_email"} <= set(fields)
    assert fields["contact_name"] == "Это поле не может быть пустым."
    assert fields["contact_email"] == "Введите правильный адрес электронной почты."
    assert Complaint.objects.count() == 0


def test_a_malformed_value_is_named_with_a_translated_message(agent, department, api_for):
    # given
    api = api_for(agent, language="ru")

    # when
    response = api.post("/complaints", {"contact_name": "Нино", "description": "x", "occurred_on": "yesterday",
                                        "kind": "praise"})

    # then
    assert response.status_code == 422
    fields = {error["field"]: error["message"] for error in response.json()["errors"]}
    assert set(fields) == {"occurred_on", "kind"}
    assert fields["occurred_on"] == "Введите дату в формате ГГГГ-ММ-ДД."
    assert "Traceback" not in response.content.decode()


def test_an_unknown_action_is_a_validation_error(agent, complaint, api_for):
    # given
    api = api_for(agent)

    # when
    response = api.post(f"/complaints/{complaint.tracking_number}/transitions", {"action": "explode"})

    # then
    assert response.status_code == 422
    assert response.json()["errors"] == [{"field": "action", "message": "Choose one of the allowed values."}]
