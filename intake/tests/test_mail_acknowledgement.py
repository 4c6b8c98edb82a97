import re

import pytest
from django.core import mail

from complaintdesk.tests.worker import worker_run
from complaints.tests.factories import complaint_make
from notifications.models import Email


@pytest.fixture(autouse=True)
def _acknowledge(settings):
    settings.COMPLAINTDESK_ACKNOWLEDGEMENT_EMAIL = True
    settings.COMPLAINTDESK_BASE_URL = "https://desk.example.com"
    settings.COMPLAINTDESK_CONTACT_PHONE = "+995 32 111 22 33"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "words"), [
    ("en", "We have registered your complaint"),
    ("ru", "Мы зарегистрировали вашу жалобу"),
    ("ka", "თქვენი საჩივარი დარეგისტრირებულია"),
])
def test_the_customer_gets_the_number_deadline_link_and_phone_in_their_language(department, agent, language, words):
    # given / when: a complaint registered with the customer's e-mail
    complaint = complaint_make(department=department, registered_by=agent, language=language)
    worker_run()
    # then: one acknowledgement, threaded by its stored Message-ID
    [message] = mail.outbox
    assert message.to == ["nino@example.com"]
    assert words in message.subject + message.body
    assert complaint.tracking_number in message.subject
    assert f"https://desk.example.com/t/{complaint.access_token}/" in message.body
    assert "+995 32 111 22 33" in message.body
    email = Email.objects.get(key=f"ack:{complaint.pk}")
    assert email.complaint == complaint and message.extra_headers["Message-ID"] == email.message_id
    assert re.search(r"\d", message.body.split(complaint.tracking_number)[-1])


@pytest.mark.django_db
def test_an_unknown_language_gets_english(department, agent):
    complaint_make(department=department, registered_by=agent, language="de")
    worker_run()
    assert "We have registered your complaint" in mail.outbox[0].subject


@pytest.mark.django_db
def test_no_address_no_acknowledgement(department, agent):
    complaint_make(department=department, registered_by=agent, fields={"contact_email": ""})
    worker_run()
    assert mail.outbox == [] and not Email.objects.exists()
