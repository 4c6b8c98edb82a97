"""Attachments are served only through the complaint's access gate."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.tests.factories import complaint_make


@pytest.fixture
def with_file(department, agent):
    return complaint_make(department=department, registered_by=agent,
                          attachments=[SimpleUploadedFile("act.pdf", b"%PDF-1.4 signed act")])


def download_url(complaint, attachment_id: int) -> str:
    return reverse("web:attachment", kwargs={"number": complaint.tracking_number, "attachment_id": attachment_id})


@pytest.mark.django_db
def test_who_sees_the_complaint_downloads_its_file(client_for, responsible, with_file):
    # when
    response = client_for(responsible).get(download_url(with_file, with_file.attachments.get().pk))
    # then
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 signed act"
    assert 'filename="act.pdf"' in response["Content-Disposition"]


@pytest.mark.django_db
def test_others_get_not_found(client_for, other_department, with_file):
    # given
    outsider = UserFactory(role=User.Role.HEAD, department=other_department)
    stranger_file = complaint_make(department=other_department,
                                   attachments=[SimpleUploadedFile("other.txt", b"x")]).attachments.get()
    browser = client_for(outsider)
    # when
    hidden = browser.get(download_url(with_file, with_file.attachments.get().pk))
    wrong_complaint = browser.get(download_url(with_file, stranger_file.pk))
    # then
    assert hidden.status_code == 404
    assert wrong_complaint.status_code == 404
