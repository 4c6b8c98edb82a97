"""What a staff page shows, read the way a person reads it: messages, text, the queue's rows."""

import html
import re

from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from complaintdesk.errors import InvalidTransition
from complaints.models import Complaint
from complaints.workflow import Action, transition_check

MESSAGE_RE = re.compile(r'<li class="message message-(\w+)">(.*?)</li>', re.S)


def page_messages(response: HttpResponse) -> list[tuple[str, str]]:
    """The (level, text) messages shown at the top of a page."""
    return [(level, html.unescape(text).strip()) for level, text in MESSAGE_RE.findall(response.content.decode())]


def page_text(response: HttpResponse) -> str:
    return html.unescape(response.content.decode())


NUMBER_RE = re.compile(r'<tr class="queue-row[^"]*" data-number="([^"]+)"')


def queue_numbers(response: HttpResponse) -> list[str]:
    """The tracking numbers of the queue's rows, in the order shown."""
    return NUMBER_RE.findall(response.content.decode())


def action_post(browser: Client, complaint, name: str, data: dict | None = None) -> HttpResponse:
    """Press an action's button on the complaint page, and land back on the page."""
    response = browser.post(reverse(f"web:{name}", kwargs={"number": complaint.tracking_number}), data or {},
                            follow=True)
    assert response.redirect_chain == [(complaint.get_absolute_url(), 302)]
    return response


def transition_refusal(*, action: str, status: str) -> str:
    """The state machine's own refusal text, so tests follow its wording."""
    try:
        transition_check(complaint=Complaint(status=status), action=Action(action))
    except InvalidTransition as exc:
        return str(exc.message)
    raise AssertionError(f"{action} is allowed from {status}")


def staff_sign_in(page, user) -> None:
    """Sign ``user`` in on the staff login page of a Playwright ``page`` (factory password)."""
    from accounts.tests.factories import PASSWORD

    page.goto("/staff/login/")
    page.locator("#login-form [name=username]").fill(user.username)
    page.locator("#login-form [name=password]").fill(PASSWORD)
    page.locator("#login-form button[type=submit]").click()
