"""Triage suggestions on the complaint page: shown to those who may apply them, applied through the services."""

import pytest
from django.urls import reverse

from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from complaints.tests.factories import complaint_make
from triage.suggestions import loaded_model
from triage.tests.factories import history_make
from triage.training import triage_model_train
from web.tests.pages import page_messages, page_text

CARD_TEXT = "Банкомат заблокировал мою карту и не вернул её. Вы мошенники! Подам в суд!"


@pytest.fixture
def learned(settings, qms):
    settings.COMPLAINTDESK_TRIAGE_MIN_HISTORY = 24
    loaded_model.version = None
    products = history_make(driver=qms)
    triage_model_train()
    return products


def apply_post(browser, complaint, target, value):
    return browser.post(reverse("web:triage_apply", kwargs={"number": complaint.tracking_number}),
                        {"target": target, "value": value, "confidence": "0.8"}, follow=True)


@pytest.mark.django_db
def test_category_suggestion_applied_from_the_complaint_page(client_for, qms, department, learned):
    # given
    complaint = complaint_make(department=department, fields={"description": CARD_TEXT})
    page = page_text(client_for(qms).get(complaint.get_absolute_url()))
    assert 'id="apply-category"' in page and 'id="apply-department"' in page
    assert "Threatens to go to court: «Подам в суд»" in page
    # when
    response = apply_post(client_for(qms), complaint, "category", "card")
    # then
    complaint.refresh_from_db()
    assert complaint.subject_category.code == "card"
    assert page_messages(response) == [("success", "The suggestion is applied.")]
    entry = complaint.interactions.get(kind=Interaction.Kind.RECLASSIFIED)
    assert (entry.actor, entry.data) == (qms, {"field": "subject_category", "from": "", "to": "card"})
    assert entry.body == "Triage suggestion (confidence 80%)"
    assert "Classification changed" in page_text(response) and 'id="apply-category"' not in page_text(response)
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_RECLASSIFIED, target_id=str(complaint.pk)).exists()


@pytest.mark.django_db
def test_department_suggestion_transfers_the_complaint(client_for, qms, department, learned):
    # given
    complaint = complaint_make(department=department, fields={"description": CARD_TEXT})
    # when
    apply_post(client_for(qms), complaint, "department", "cards")
    # then
    complaint.refresh_from_db()
    assert complaint.department == learned["card"][0]
    entry = complaint.interactions.get(kind=Interaction.Kind.TRANSFERRED)
    assert entry.body == "Triage suggestion (confidence 80%)"


@pytest.mark.django_db
def test_an_agent_sees_the_intensity_but_may_not_apply(client_for, agent, department, learned):
    # given
    complaint = complaint_make(department=department, registered_by=agent, fields={"description": CARD_TEXT})
    # when
    page = page_text(client_for(agent).get(complaint.get_absolute_url()))
    response = apply_post(client_for(agent), complaint, "importance", "critical")
    # then
    assert 'id="emotional-intensity"' in page and 'id="apply-' not in page
    complaint.refresh_from_db()
    assert complaint.importance != "critical"
    assert page_messages(response) == [
        ("error", "You may not change the category or the importance of this complaint.")]


@pytest.mark.django_db
def test_registration_suggestions_follow_the_text(client_for, agent, learned):
    # when
    response = client_for(agent).post(reverse("web:triage_suggest"), {"description": CARD_TEXT, "channel": "phone"},
                                      HTTP_HX_REQUEST="true")
    # then
    page = page_text(response)
    card_category = learned["card"][1]
    assert f'data-triage-field="subject_category" data-triage-value="{card_category.pk}"' in page
    assert 'data-triage-field="importance" data-triage-value="high"' in page


@pytest.mark.django_db
def test_qms_sees_the_model_version_and_scores(client_for, qms, learned):
    page = page_text(client_for(qms).get(reverse("web:triage")))
    assert '<span id="triage-version">1</span>' in page
    assert 'id="triage-score-department"' in page and "No suggestions: every complaint has the same value." in page


@pytest.mark.django_db
def test_only_quality_management_sees_the_model_page(client_for, agent):
    assert client_for(agent).get(reverse("web:triage")).status_code == 403
