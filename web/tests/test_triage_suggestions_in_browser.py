"""In Chromium: suggestions appear as the agent types, fill the form only when clicked, and a suggestion
on the complaint page is applied with one click and shows on the timeline."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory
from complaints.models import Complaint
from routing.tests.factories import DepartmentFactory
from triage.suggestions import loaded_model
from triage.tests.factories import history_make
from triage.training import triage_model_train

CARD_TEXT = "ბანკომატმა ბარათი დამიბლოკა და არ დამიბრუნა. თაღლითები ხართ! სასამართლოში გიჩივლებთ!"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_suggestions_while_registering_and_on_the_complaint_page(page, screenshots, settings):
    # given: a history of closed complaints and a model learned from it
    settings.COMPLAINTDESK_TRIAGE_MIN_HISTORY = 24
    loaded_model.version = None
    DepartmentFactory(code="support", name_en="Support", receives_unrouted=True)
    qms = UserFactory(username="qms", role=User.Role.QMS)
    products = history_make(driver=qms)
    triage_model_train()
    card_department, card_category = products["card"]

    # when: the QMS manager registers a call and describes it
    page.goto("/staff/login/")
    page.locator("#login-form [name=username]").fill("qms")
    page.locator("#login-form [name=password]").fill(PASSWORD)
    page.locator("#login-form button[type=submit]").click()
    page.goto("/staff/register/")
    form = page.locator("#register-form")
    form.locator("[name=contact_name]").fill("ნინო ბერიძე")
    form.locator("[name=contact_phone]").fill("+995 599 12 34 56")
    form.locator("[name=description]").press_sequentially(CARD_TEXT, delay=5)

    # then: suggestions appear, nothing is filled yet
    expect(page.locator("#suggest-category")).to_be_visible()
    expect(page.locator("#emotional-intensity .badge")).to_be_visible()
    expect(form.locator("[name=subject_category]")).to_have_value("")
    screenshots.take(page, "suggestions-while-registering")

    # when: the category suggestion is clicked, and the call registered
    page.locator("#suggest-category").click()
    expect(form.locator("[name=subject_category]")).to_have_value(str(card_category.pk))
    page.locator("#register-submit").click()

    # then: the complaint has the category; the department is suggested on its page
    expect(page.locator("#complaint-number")).to_be_visible()
    complaint = Complaint.objects.get(tracking_number=page.locator("#complaint-number").inner_text().strip())
    assert complaint.subject_category == card_category
    expect(page.locator("#apply-department")).to_contain_text(card_department.name)
    screenshots.take(page, "suggestion-on-the-complaint-page")

    # when: the department suggestion is applied
    page.locator("#apply-department").click()

    # then: transferred, on the timeline, with the suggestion as the reason
    expect(page.locator(".message-success")).to_contain_text("The suggestion is applied.")
    expect(page.locator("#timeline")).to_contain_text("Triage suggestion (confidence")
    complaint.refresh_from_db()
    assert complaint.department == card_department
    screenshots.take(page, "department-applied")
