"""In Chromium: a complaint page shows its similar complaints as soon as it opens, and QMS turns the
systemic problem they form into one corrective action with one click."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory
from complaints.tests.factories import complaint_make
from routing.tests.factories import DepartmentFactory
from similarity.detection import systemic_alerts_detect
from similarity.models import SystemicAlert

from .factories import SystemicRuleFactory, customer
from .texts import STORIES


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_similar_complaints_and_one_click_corrective_action(new_page, screenshots):
    # given: four complaints telling one story in Russian, and an hourly run of the job
    support = DepartmentFactory(code="support", name_en="Support", receives_unrouted=True)
    UserFactory(username="quality", role=User.Role.QMS, language="en")
    SystemicRuleFactory(min_complaints=4, name="Reports after updates")
    story, reworded, _ = STORIES["ru"]
    complaints = [complaint_make(department=support, language="ru", fields={"description": text, **customer(n)})
                  for n, text in enumerate([story, reworded, story, reworded])]
    systemic_alerts_detect()
    alert = SystemicAlert.objects.get()
    page = new_page(locale="en-US")
    page.goto("/staff/login/")
    page.locator("#login-form [name=username]").fill("quality")
    page.locator("#login-form [name=password]").fill(PASSWORD)
    page.locator("#login-form button[type=submit]").click()

    # when: the newest complaint is opened
    page.goto(complaints[-1].get_absolute_url())

    # then: htmx fills in the three others, most alike first, and the systemic problem
    items = page.locator("#similar-complaints .similar-item")
    expect(items).to_have_count(3)
    assert items.first.get_attribute("data-number") == complaints[1].tracking_number
    expect(page.locator(f"#similar-alert-{alert.pk}")).to_contain_text("4 complaints")
    screenshots.take(page, "similar-complaints-on-the-complaint-page")

    # when: QMS opens the systemic problem and clicks once
    page.locator(f"#similar-alert-{alert.pk} a").click()
    expect(page.locator("#alert-count")).to_have_text("4")
    screenshots.take(page, "systemic-problem")
    page.locator("#alert-capa-open").click()

    # then: the corrective action's page, with all four complaints
    expect(page.locator(".message-success")).to_contain_text("created for all 4 complaints")
    expect(page.locator("#capa-complaints .capa-complaint")).to_have_count(4)
    screenshots.take(page, "corrective-action-for-the-cluster")
    alert.refresh_from_db()
    assert set(alert.corrective_action.complaints.all()) == set(complaints)
