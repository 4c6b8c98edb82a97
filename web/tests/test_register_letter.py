"""Register a letter: staff attach the scan in the browser, and the scan is on the complaint page."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from complaints.choices import Channel
from complaints.models import Complaint, Interaction
from web.tests.pages import staff_sign_in


@pytest.mark.django_db
def test_the_letter_page_refuses_a_letter_without_its_scan(client_for, agent):
    # when
    response = client_for(agent).post(reverse("web:register_letter"), {
        "contact_name": "Иван Петров", "contact_address": "Москва, Тверская 1", "received_on": "2026-11-16",
        "description": "Письмо о задержке поставки.", "kind": "complaint", "importance": "normal",
        "language": "ru"}, HTTP_ACCEPT_LANGUAGE="ru")
    # then
    assert response.status_code == 200
    assert response.context["form"].errors["scan"] == ["Приложите скан письма."]
    assert not Complaint.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_staff_register_a_letter_with_its_scan(page, screenshots, agent, tmp_path):
    # given
    scan = tmp_path / "письмо.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned letter\n")
    staff_sign_in(page, agent)
    # when
    page.locator("#nav-letter").click()
    page.locator("#id_scan").set_input_files(str(scan))
    page.locator("#id_received_on").fill("2026-11-16")
    page.locator("#id_contact_name").fill("Иван Петров")
    page.locator("#id_contact_address").fill("Москва, Тверская 1")
    page.locator("#id_description").fill("Поставка задержана на две недели.")
    screenshots.take(page, "letter-form")
    page.locator("#register-submit").click()
    # then
    expect(page.locator(".message-success")).to_contain_text("is registered")
    complaint = Complaint.objects.get()
    assert complaint.channel == Channel.LETTER
    expect(page.locator("#attachments")).to_contain_text("письмо.pdf")
    expect(page.locator(".letter-received")).to_contain_text("Москва, Тверская 1")
    assert complaint.interactions.filter(kind=Interaction.Kind.LETTER_RECEIVED).count() == 1
    screenshots.take(page, "complaint-page")
