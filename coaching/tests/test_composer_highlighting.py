"""In Chromium: the reply coach marks a phrase not to say while the responsible types the proposal."""

import pytest
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory
from complaints.models import Interaction
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from routing.tests.factories import DepartmentFactory


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_coach_marks_what_not_to_say_as_the_responsible_types(page, screenshots):
    # given: a complaint in work
    support = DepartmentFactory(code="support", receives_unrouted=True)
    giorgi = UserFactory(username="giorgi", role=User.Role.RESPONSIBLE, department=support)
    complaint = complaint_make(department=support, language="ru")
    complaint_take(complaint=complaint, actor=giorgi)
    page.goto("/staff/login/")
    page.locator("#login-form [name=username]").fill("giorgi")
    page.locator("#login-form [name=password]").fill(PASSWORD)
    page.locator("#login-form button[type=submit]").click()
    page.goto(complaint.get_absolute_url())
    composer = page.locator("#propose-form #coach-text")

    # when: typing, key by key, a reply that hides behind policy
    composer.locator("textarea[name=text]").press_sequentially("Согласно нашим правилам, успокойтесь.", delay=5)

    # then: the phrases are marked with the reason, and nothing is sent yet
    marks = composer.locator(".coach-findings mark.coach-mark")
    expect(marks.first).to_have_text("Согласно нашим правилам")
    expect(marks.nth(1)).to_have_text("успокойтесь")
    expect(composer.locator(".coach-finding[data-category=policy]")).to_contain_text("hiding behind rules")
    screenshots.take(page, "findings-marked")

    # when: the reply is rewritten along the suggestions
    composer.locator("textarea[name=text]").fill("")
    composer.locator("textarea[name=text]").press_sequentially(
        "Спасибо, что сообщили. Мы заменим роутер в пятницу до 18:00.", delay=5)

    # then
    expect(composer.locator(".coach-clean")).to_be_visible()
    expect(marks).to_have_count(0)
    screenshots.take(page, "reply-clean")
    assert not complaint.interactions.filter(kind=Interaction.Kind.COACH_FINDINGS).exists()
