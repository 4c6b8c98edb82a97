"""``POST /api/v1/coach/check``: findings with character offsets; bad input as problem+json."""

import json

import pytest

from complaints.tests.factories import complaint_make
from resolution.tests.closing import investigation_record
from complaints.services import complaint_take

pytestmark = pytest.mark.django_db


def test_the_findings_come_with_offsets_into_the_text(agent, api_for):
    # given
    text = "Спасибо, что позвонили. Согласно нашим правилам возврат невозможен, не волнуйтесь."
    # when
    response = api_for(agent).post("/coach/check", {"text": text})
    # then: the language was detected, the pack version named
    body = response.json()
    assert response.status_code == 200
    assert (body["language"], body["pack_version"]) == ("ru", 1)
    spans = {finding["category"]: text[finding["start"]:finding["end"]] for finding in body["findings"]}
    assert spans["policy"] == "Согласно нашим правилам"
    assert spans["vague_reassurance"] == "не волнуйтесь"
    assert all(finding["explanation"] and finding["severity"] in ("warning", "advice")
               for finding in body["findings"])


def test_the_complaint_tells_whether_admitting_fault_is_right(responsible, department, api_for):
    # given
    complaint = complaint_make(department=department, language="en")
    api = api_for(responsible)
    payload = {"text": "Thank you. It was our fault. Next, we call you tomorrow at 10:00.",
               "complaint": complaint.tracking_number}
    before = api.post("/coach/check", payload).json()
    # when
    complaint_take(complaint=complaint, actor=responsible)
    investigation_record(complaint=complaint, actor=responsible)
    after = api.post("/coach/check", payload).json()
    # then
    assert [finding["category"] for finding in before["findings"]] == ["fault_too_early"]
    assert after["findings"] == []


def test_an_empty_text_is_refused_in_the_callers_language(agent, api_for):
    # when
    response = api_for(agent, language="ru").post("/coach/check", {"text": ""})
    # then
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    [error] = response.json()["errors"]
    assert (error["field"], error["message"]) == ("text", "Текст пустой.")


def test_a_language_without_rules_is_refused(agent, api_for):
    # when
    response = api_for(agent).post("/coach/check", {"text": "Bonjour", "language": "fr"})
    # then
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    assert response.json()["code"] == "no_phrase_pack"
    assert "fr" in response.json()["detail"]


def test_a_complaint_the_caller_cannot_see_is_not_found(agent, other_department, api_for):
    # given
    hidden = complaint_make(department=other_department)
    # when
    response = api_for(agent).post("/coach/check", {"text": "Thank you.", "complaint": hidden.tracking_number})
    # then
    assert response.status_code == 404


def test_without_a_key_nothing_is_checked(client):
    # when
    response = client.post("/api/v1/coach/check", json.dumps({"text": "Calm down"}),
                           content_type="application/json")
    # then
    assert response.status_code == 401
