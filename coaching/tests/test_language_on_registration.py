"""Every channel stores the customer's language: a choice made stays, detection fills it otherwise."""

import pytest
from django.urls import reverse

from complaints.models import Complaint
from notifications.models import Email
from portal.tests.factories import portal_form_data
from routing.tests.factories import AssignmentRuleFactory
from web.tests.test_register_call import call_data  # the call form, filled in

pytestmark = pytest.mark.django_db

RUSSIAN = {"description": "После обновления не открываются отчёты, бухгалтер не может сдать баланс.",
           "emotion": "", "desired_outcome_detail": ""}


def test_the_portal_stores_the_language_the_customer_wrote_in(client, department):
    # when: a Russian text sent from the Georgian page
    client.post(reverse("portal:submit"), portal_form_data(**RUSSIAN), HTTP_ACCEPT_LANGUAGE="ka")
    # then
    assert Complaint.objects.get().language == "ru"


def test_the_portal_keeps_the_page_language_when_the_text_cannot_tell(client, department):
    # when
    client.post(reverse("portal:submit"), portal_form_data(description="ok!", emotion="", desired_outcome_detail=""),
                HTTP_ACCEPT_LANGUAGE="ka")
    # then
    assert Complaint.objects.get().language == "ka"


def test_the_api_detects_the_language_unless_it_is_given(agent, department, api_for):
    # given
    api = api_for(agent, language="en")
    payload = {"contact_name": "Иван", "contact_phone": "+7 495 000 00 00", **RUSSIAN}
    # when
    detected = api.post("/complaints", payload)
    given = api.post("/complaints", {**payload, "language": "ka"})
    # then
    assert (detected.json()["language"], given.json()["language"]) == ("ru", "ka")


def test_the_call_form_detects_the_language_left_empty(client_for, agent, department):
    # given
    browser = client_for(agent)
    # when
    browser.post(reverse("web:register"), call_data(language="", description="ინტერნეტი სამი დღეა არ მუშაობს",
                                                    emotion="", desired_outcome_detail=""))
    browser.post(reverse("web:register"), call_data(language="en", description="ინტერნეტი არ მუშაობს"))
    # then: the employee's explicit choice stays
    assert list(Complaint.objects.order_by("id").values_list("language", flat=True)) == ["ka", "en"]


def test_the_detected_language_routes_and_speaks_to_the_customer(client, department, other_department, settings):
    """A Russian text on the English page goes by the Russian routing rule, and is acknowledged in Russian."""
    # given
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True
    AssignmentRuleFactory(language="ru", target_department=other_department)
    # when
    client.post(reverse("portal:submit"), portal_form_data(**RUSSIAN), HTTP_ACCEPT_LANGUAGE="en")
    # then
    complaint = Complaint.objects.get()
    assert (complaint.language, complaint.department) == ("ru", other_department)
    acknowledgement = Email.objects.get(complaint=complaint)
    assert acknowledgement.language == "ru" and complaint.tracking_number in acknowledgement.subject
