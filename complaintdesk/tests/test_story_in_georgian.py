"""The whole story in Georgian, in Chromium: the customer files on the portal, the department's
responsible sees it in the queue and takes it, proposes a solution, the customer accepts through
the secret link, and the responsible closes it. Each step leaves a screenshot."""

from datetime import timedelta

import pytest
from django.utils import timezone, translation
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory
from audit.services import audit_chain_verify
from complaints.choices import Status
from complaints.models import Complaint, Interaction
from resolution.tests.closing import root_cause_ensure
from routing.tests.factories import DepartmentFactory

DESCRIPTION = "19 ნოემბრის განახლების შემდეგ საგადასახადო ანგარიშები აღარ იხსნება."


def label_in_georgian(choice) -> str:
    with translation.override("ka"):
        return str(choice.label)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_whole_story_in_georgian(new_page, screenshots):
    # given
    assert label_in_georgian(Status.CLOSED) != "Closed", "the Georgian catalogue is not compiled"
    support = DepartmentFactory(code="support", name_en="Support", name_ka="მხარდაჭერა", receives_unrouted=True)
    root_cause_ensure(code="service_error")  # a transactional test starts without the seeded lists
    UserFactory(username="giorgi", first_name="გიორგი", last_name="კაპანაძე", role=User.Role.RESPONSIBLE,
                department=support)
    customer = new_page(locale="ka-GE")
    staff = new_page(locale="ka-GE")

    # when: the customer files on the public form, in Georgian (the browser's language)
    customer.goto("/")
    expect(customer.locator("html")).to_have_attribute("lang", "ka")
    form = customer.locator("#complaint-form")
    form.locator("[name=organisation]").fill("შპს ალფა")
    form.locator("[name=contact_name]").fill("ნინო ბერიძე")
    form.locator("[name=contact_position]").fill("მთავარი ბუღალტერი")
    form.locator("[name=contact_phone]").fill("+995 599 12 34 56")
    form.locator("[name=contact_email]").fill("nino@example.com")
    form.locator("[name=occurred_on]").fill((timezone.localdate() - timedelta(days=3)).isoformat())
    form.locator("[name=product]").fill("ბუღალტერია 3.0")
    form.locator("[name=description]").fill(DESCRIPTION)
    form.locator("[name=desired_outcome]").select_option("repair")
    screenshots.take(customer, "customer-fills-the-form")
    customer.locator("#submit-complaint").click()

    # then: a tracking number and the secret link
    number = customer.locator("#tracking-number").inner_text().strip()
    link = customer.locator("#status-link").get_attribute("href")
    assert number.startswith("CD-") and "/t/" in link
    screenshots.take(customer, "customer-gets-number-and-link")

    # when: the responsible signs in and sees it in the queue
    staff.goto("/staff/login/")
    staff.locator("#login-form [name=username]").fill("giorgi")
    staff.locator("#login-form [name=password]").fill(PASSWORD)
    staff.locator("#login-form button[type=submit]").click()
    row = staff.locator(f"#queue-table [data-number='{number}']")
    expect(row).to_be_visible()
    screenshots.take(staff, "responsible-sees-it-in-the-queue")
    row.get_by_role("link", name=number).click()
    expect(staff.locator("body")).to_contain_text(DESCRIPTION)

    # and takes it and proposes a solution with an alternative
    staff.locator("#take-form button[type=submit]").click()
    expect(staff.locator("#complaint-status")).to_contain_text(label_in_georgian(Status.IN_PROGRESS))
    staff.locator("#propose-text").fill("დღესვე გამოვასწორებთ განახლებას და ანგარიშებს ხელახლა შევამოწმებთ.")
    staff.locator("#propose-alternative_1").fill("განახლების გაუქმება წინა ვერსიაზე.")
    staff.locator("#propose-form button[type=submit]").click()
    expect(staff.locator("#complaint-status")).to_contain_text(label_in_georgian(Status.PROPOSED))
    screenshots.take(staff, "responsible-proposes")

    # when: the customer opens the link and accepts the alternative
    customer.goto(link)
    expect(customer.locator("body")).to_contain_text("გიორგი კაპანაძე")
    customer.locator("#accept-form #option-1").check()
    screenshots.take(customer, "customer-sees-the-proposal")
    customer.locator("#accept-button").click()
    expect(customer.locator("body")).to_contain_text(label_in_georgian(Status.ACCEPTED))
    screenshots.take(customer, "customer-accepted")

    # and the responsible records the investigation, then closes it with the customer's answers
    staff.reload()
    staff.locator("#investigation-form [name=validity][value=justified]").check()
    staff.locator("#investigation-form [name=root_cause]").select_option(label="მომსახურების შეცდომა")
    staff.locator("#investigation-form button[type=submit]").click()
    expect(staff.locator("#investigation-recorded")).to_be_visible()
    staff.locator("#close-resolution").fill("განახლება გაუქმდა, ანგარიშები აღდგენილია.")
    staff.locator("#close-form [name=satisfaction][value=satisfied]").check()
    staff.locator("#close-form [name=loyalty][value=yes]").check()
    staff.locator("#close-form [name=thanked][value=done]").check()
    staff.locator("#close-form [name=offered][value=skipped]").check()
    staff.locator("#close-no_remedy").check()
    staff.locator("#close-form button[type=submit]").click()
    expect(staff.locator("#complaint-status")).to_contain_text(label_in_georgian(Status.CLOSED))
    screenshots.take(staff, "responsible-closed-it")

    # then
    complaint = Complaint.objects.get(tracking_number=number)
    assert (complaint.status, complaint.language, complaint.channel) == (Status.CLOSED, "ka", "web")
    kinds = list(complaint.interactions.values_list("kind", flat=True))
    K = Interaction.Kind
    assert kinds == [K.REGISTERED, K.TAKEN, K.PROPOSED, K.ACCEPTED, K.INVESTIGATED, K.CLOSED]
    assert (complaint.satisfaction, complaint.loyalty, complaint.root_cause.code) == ("satisfied", "yes",
                                                                                    "service_error")
    assert complaint.interactions.get(kind=K.ACCEPTED).by_customer
    assert complaint.proposals.get().chosen_text == "განახლების გაუქმება წინა ვერსიაზე."
    assert audit_chain_verify() is None
