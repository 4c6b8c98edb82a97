from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

import pytest

from complaints.models import Complaint
from portal.models import SubmissionAttempt
from portal.tests.factories import portal_form_data


def tomorrow() -> str:
    return (timezone.localdate() + timedelta(days=1)).isoformat()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"contact_phone": "call me maybe"}, "contact_phone", "Enter a phone number of 5 to 15 digits"),
        ({"contact_email": "nino@"}, "contact_email", "Enter a valid email address."),
        ({"occurred_on": tomorrow}, "occurred_on", "This date is in the future."),
        ({"description": "x" * 10001}, "description", "at most 10000 characters"),
        ({"contact_name": ""}, "contact_name", "This field is required."),
        ({"contact_phone": "", "contact_email": ""}, "contact_phone", "Give a phone number or an e-mail"),
        ({"attachments": lambda: [SimpleUploadedFile("invoice.exe", b"MZ\x90\x00")]}, "attachments",
         "“invoice.exe” is a kind of file we do not accept."),
        ({"attachments": lambda: [SimpleUploadedFile("scan.pdf", b"%PDF" + b"0" * 300)]}, "attachments",
         "“scan.pdf” is 304\xa0bytes; the limit is 100\xa0bytes."),
    ],
    ids=["bad-phone", "bad-email", "future-date", "too-long", "no-name", "no-contact", "file-type", "file-size"],
)
def test_bad_input_is_refused_on_the_field_and_nothing_is_saved(client, department, settings, overrides, field,
                                                                message):
    """Each mistake comes back on its field, in words the customer understands; no complaint is half-saved."""
    # given
    settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES = 100
    data = portal_form_data(**{name: value() if callable(value) else value for name, value in overrides.items()})
    # when
    response = client.post(reverse("portal:submit"), data, HTTP_ACCEPT_LANGUAGE="en")
    # then
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in " ".join(errors[field])
    assert "Please correct the fields marked below." in response.content.decode()
    assert Complaint.objects.count() == 0
    # a mistake does not use up the customer's hourly allowance
    assert SubmissionAttempt.objects.count() == 0
