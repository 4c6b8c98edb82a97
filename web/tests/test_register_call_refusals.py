"""Bad input on Register a call gives field errors in the user's language, and nothing is saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from audit.models import AuditRecord
from complaints.models import Attachment, Complaint
from web.tests.pages import page_text
from web.tests.test_register_call import call_data


def upload(name: str, size: int = 10) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"x" * size)


CASES = {
    "bad phone": ({"contact_phone": "call me maybe"}, "contact_phone",
                  "Enter a phone number of 5 to 15 digits, for example +995 599 12 34 56."),
    "future date": ({"occurred_on": "2099-01-01"}, "occurred_on",
                    "This date is in the future. Enter the date it happened."),
    "no way to answer": ({"contact_phone": "", "contact_email": ""}, "contact_phone",
                         "Give the customer's phone number or e-mail, so that they can be answered."),
    "bad language code": ({"language": "russian!"}, "language", "Enter a language code such as ru, ka or en."),
    "oversize attachment": ({"attachments": [upload("scan.pdf", 2048)]}, "attachments",
                            "“scan.pdf” is 2.0\xa0KB; the limit is 1.0\xa0KB."),
    "disallowed file type": ({"attachments": [upload("tool.exe")]}, "attachments",
                             "“tool.exe” is a kind of file we do not accept."),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES)
def test_bad_input_is_refused_on_its_field(client_for, agent, settings, case):
    # given
    settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES = 1024
    overrides, field, message = CASES[case]
    # when
    response = client_for(agent).post(reverse("web:register"), call_data(**overrides))
    # then
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert any(error.startswith(message) for error in errors[field]), errors
    assert message in page_text(response)
    assert not Complaint.objects.exists()
    assert not Attachment.objects.exists()
    assert not AuditRecord.objects.exists()


@pytest.mark.django_db
def test_field_errors_speak_the_users_language(client_for, agent):
    # when
    response = client_for(agent).post(reverse("web:register"), call_data(contact_name=""),
                                      HTTP_ACCEPT_LANGUAGE="ru")
    # then
    assert response.context["form"].errors["contact_name"] == ["Обязательное поле."]
    assert not Complaint.objects.exists()


@pytest.mark.django_db
def test_entered_data_stays_in_the_form(client_for, agent):
    # when
    response = client_for(agent).post(reverse("web:register"), call_data(contact_phone="??"))
    # then
    body = page_text(response)
    assert 'value="ООО Альфа"' in body
    assert 'value="listen" id="id_script_steps_0" checked' in body
