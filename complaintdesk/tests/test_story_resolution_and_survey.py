"""Issue 4's story in Chromium: the customer rejects the first proposal and accepts the second
alternative of the next one; the responsible investigates and closes with a discount coupon; the
survey arrives through a real SMTP server; the customer answers "not solved" and the complaint is
reopened under a new deadline."""

import email
import email.policy
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory
from complaints.choices import Status
from complaints.models import Complaint, Interaction
from complaints.tests.factories import complaint_fields
from complaintdesk.tests.smtp import smtp_server  # noqa: F401 — fixture
from complaintdesk.tests.worker import worker_run
from followup.services import surveys_send
from intake.services import complaint_register
from resolution.models import RemedyType, RootCause
from routing.tests.factories import DepartmentFactory


def reference_lists() -> None:
    """The data migration's rows; a transactional test before this one may have emptied the tables."""
    RootCause.objects.get_or_create(code="service_error", defaults={"name_en": "Service error"})
    RemedyType.objects.get_or_create(code="coupon", defaults={"name_en": "Discount coupon", "has_value": True,
                                                              "issues_coupon": True})


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reject_accept_an_alternative_close_with_a_coupon_survey_not_solved_reopens(
        new_page, screenshots, live_server, settings, smtp_server):  # noqa: F811 — the fixture imported above
    # given
    reference_lists()
    settings.COMPLAINTDESK_BASE_URL = live_server.url
    support = DepartmentFactory(code="support", name_en="Support", receives_unrouted=True)
    UserFactory(username="irina", first_name="Irina", last_name="Volkova", role=User.Role.RESPONSIBLE,
                department=support, language="en")
    complaint = complaint_register(channel="web", registered_by=None, language="en",
                                   fields=complaint_fields(contact_email="nino@example.com"))
    link = f"/t/{complaint.access_token}/"
    staff, customer = new_page(), new_page()
    staff.goto("/staff/login/")
    staff.locator("#login-form [name=username]").fill("irina")
    staff.locator("#login-form [name=password]").fill(PASSWORD)
    staff.locator("#login-form button[type=submit]").click()
    staff.goto(complaint.get_absolute_url())
    staff.locator("#take-form button[type=submit]").click()

    def propose(text: str, *alternatives: str) -> None:
        staff.locator("#propose-text").fill(text)
        for n, alternative in enumerate(alternatives, start=1):
            staff.locator(f"#propose-alternative_{n}").fill(alternative)
        staff.locator("#propose-form button[type=submit]").click()
        expect(staff.locator("#complaint-status")).to_contain_text("Solution proposed")

    # when: the first proposal is rejected with a reason
    propose("We will reinstall the program next week.")
    customer.goto(link)
    customer.locator("#reject-form textarea").fill("Next week is too late: the tax report is due on Friday.")
    customer.locator("#reject-button").click()
    screenshots.take(customer, "first-proposal-rejected")
    # and of the second, the customer chooses the second alternative
    staff.reload()
    propose("A technician comes tomorrow.", "Remote repair today.", "Roll back to the previous version now.")
    customer.goto(link)
    customer.locator("#accept-form #option-2").check()
    customer.locator("#accept-button").click()
    expect(customer.locator("body")).to_contain_text("Roll back to the previous version now.")
    screenshots.take(customer, "second-alternative-accepted")

    # and the responsible investigates, gives a coupon and closes
    staff.reload()
    staff.locator("#investigation-form [name=validity][value=justified]").check()
    staff.locator("#investigation-form [name=root_cause]").select_option(value=str(RootCause.objects.get(
        code="service_error").pk))
    staff.locator("#investigation-form button[type=submit]").click()
    staff.locator("#remedy-form [name=remedy_type]").select_option(value=str(RemedyType.objects.get(code="coupon").pk))
    staff.locator("#remedy-form [name=value]").fill("20")
    staff.locator("#remedy-form button[type=submit]").click()
    coupon = Complaint.objects.get(pk=complaint.pk).remedies.get().coupon_code
    assert coupon
    staff.locator("#close-form [name=resolution]").fill("Rolled back to 2.9; the reports open again.")
    staff.locator("#close-form [name=satisfaction][value=satisfied]").check()
    staff.locator("#close-form [name=loyalty][value=yes]").check()
    staff.locator("#close-form [name=thanked][value=done]").check()
    staff.locator("#close-form [name=offered][value=done]").check()
    staff.locator("#close-form button[type=submit]").click()
    expect(staff.locator("#complaint-status")).to_contain_text("Closed")
    screenshots.take(staff, "closed-with-a-coupon")
    customer.goto(link)
    expect(customer.locator("body")).to_contain_text(coupon)

    # then: 24–48 h later the survey arrives through the SMTP server
    assert surveys_send(now=timezone.now() + timedelta(hours=49)) == 1
    worker_run()
    [envelope] = [e for e in smtp_server.envelopes if "nino@example.com" in e.rcpt_tos]
    text = email.message_from_bytes(envelope.original_content, policy=email.policy.default) \
        .get_body(preferencelist=("plain",)).get_content()
    survey_link = re.search(r"https?://\S+/survey/\S+/", text).group(0)

    # when: the customer answers that the problem is not solved
    customer.goto(survey_link)
    screenshots.take(customer, "survey-page")
    customer.locator("#survey-form [name=solved][value=no]").check()
    customer.locator("#survey-form [name=handling_score][value='3']").check()
    customer.locator("#survey-form [name=keeps_working][value=undecided]").check()
    customer.locator("#survey-form [name=recommend_score][value='5']").check()
    customer.locator("#survey-form [name=comment]").fill("The reports broke again after a day.")
    customer.locator("#survey-send").click()
    screenshots.take(customer, "survey-answered")

    # then: reopened under a new deadline
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.reopen_count == 1
    assert complaint.due_at > timezone.now()
    assert complaint.interactions.filter(kind=Interaction.Kind.REOPENED, by_customer=True).exists()
    staff.reload()
    expect(staff.locator("#complaint-status")).to_contain_text("In progress")
    expect(staff.locator("body")).to_contain_text("The reports broke again after a day.")
    screenshots.take(staff, "reopened-by-the-survey")
