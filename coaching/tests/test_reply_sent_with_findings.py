"""Sending a reply with findings is allowed, and the timeline keeps the findings and the pack version."""

import pytest
from django.urls import reverse

from complaints.models import Interaction
from complaints.services import complaint_take
from web.tests.pages import action_post, page_text

pytestmark = pytest.mark.django_db


def test_a_proposal_with_findings_is_sent_and_the_findings_recorded(client_for, responsible, complaint):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    browser = client_for(responsible)
    text = "Согласно нашим правилам мы заменим роутер в ближайшее время."
    # when
    response = action_post(browser, complaint, "propose", {"text": text, "alternative_1": "Успокойтесь."})
    # then: proposed all the same
    assert complaint.proposals.get().text == text
    entry = complaint.interactions.get(kind=Interaction.Kind.COACH_FINDINGS)
    assert entry.actor == responsible and entry.data["where"] == "proposal"
    assert (entry.data["language"], entry.data["pack_version"]) == ("ru", 1)
    categories = [finding["category"] for finding in entry.data["findings"]]
    assert {"policy", "vague_promise", "vague_reassurance", "no_thanks"} <= set(categories)
    policy = next(f for f in entry.data["findings"] if f["category"] == "policy")
    assert entry.body[policy["start"]:policy["end"]] == "Согласно нашим правилам"
    # and the staff see it on the timeline, with the phrase marked
    page = page_text(response)
    assert "Sent despite the reply coach's findings" in page
    assert '<mark class="coach-mark" title="Hiding behind policy">Согласно нашим правилам</mark>' in page


@pytest.mark.parametrize("text", [
    "Спасибо, что сообщили. Мы заменим роутер в пятницу до 18:00.",
    "Restore the reports from last night's backup",  # advice only (no thanks): shown while typing, not kept
])
def test_a_proposal_without_warnings_leaves_no_coach_entry(client_for, responsible, complaint, text):
    # given
    complaint_take(complaint=complaint, actor=responsible)
    # when
    action_post(client_for(responsible), complaint, "propose", {"text": text})
    # then
    assert not complaint.interactions.filter(kind=Interaction.Kind.COACH_FINDINGS).exists()


def test_the_composer_gets_the_findings_as_the_employee_types(client_for, responsible, complaint):
    # given
    browser = client_for(responsible)
    # when: what htmx posts from the proposal form
    response = browser.post(reverse("web:coach_check"), {
        "text": "Calm down, <b>it's</b> your fault.", "coach_field": "text",
        "coach_complaint": complaint.tracking_number, "coach_whole": "on"}, HTTP_HX_REQUEST="true")
    # then: the phrases marked, the text escaped, each finding explained
    body = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="coach-mark" title="“Calm down”, “don&#x27;t worry”">Calm down</mark>' in body
    assert "&lt;b&gt;it&#x27;s&lt;/b&gt; <mark" in body
    assert body.count('class="coach-finding') == 4  # reassurance, blame, no thanks, no next step


def test_the_call_form_checks_only_the_phrases_in_the_chosen_language(client_for, agent):
    # when
    response = client_for(agent).post(reverse("web:coach_check"), {
        "coach_said": "ნუ ღელავთ", "coach_field": "coach_said", "language": "ka"})
    # then
    body = page_text(response)
    assert body.count('class="coach-finding') == 1 and "ნუ ღელავთ" in body
