"""An e-mail is written in the language it is queued in, whatever the current request's language."""

import pytest
from django.utils import translation

from complaintdesk.tests.worker import worker_run
from notifications.services import email_queue

from .conftest import CONTEXT


@pytest.mark.parametrize(("language", "word"), [("ru", "Жалоба"), ("ka", "საჩივარი"), ("en", "Complaint")])
def test_the_e_mail_follows_its_language(db, test_templates, mailoutbox, language, word):
    # given: the sender works in another language
    with translation.override("ru" if language != "ru" else "ka"):
        # when
        email_queue(key=f"hello:{language}", to=["nino@example.com"], template=test_templates, context=CONTEXT,
                    language=language)
    worker_run()
    # then
    [message] = mailoutbox
    assert message.subject == f"{word} CD-2026-000001"
    assert message.body.startswith(f"{word} CD-2026-000001")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and f'<html lang="{language}">' in html and word in html
    assert message.extra_headers["Content-Language"] == language
