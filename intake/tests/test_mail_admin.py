import pytest

from accounts.tests.factories import UserFactory
from intake.models import Mailbox


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def form_data(**overrides):
    data = {"name": "Complaints", "host": "imap.example.com", "port": "993", "username": "complaints@example.com",
            "password": "", "folder": "INBOX", "use_ssl": "on", "department": "", "is_active": "on"}
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_the_stored_password_is_never_shown_and_kept_when_left_empty(admin_client):
    # given: a mailbox saved with a password
    admin_client.post("/admin/intake/mailbox/add/", form_data(password="s3cret-imap"))
    mailbox = Mailbox.objects.get()
    # when: the form is opened and saved again with the password left empty
    page = admin_client.get(f"/admin/intake/mailbox/{mailbox.pk}/change/")
    admin_client.post(f"/admin/intake/mailbox/{mailbox.pk}/change/", form_data(name="Complaints GE"))
    # then
    assert "s3cret-imap" not in page.content.decode()
    mailbox.refresh_from_db()
    assert (mailbox.name, mailbox.password) == ("Complaints GE", "s3cret-imap")


@pytest.mark.django_db
def test_a_new_password_replaces_the_old(admin_client):
    admin_client.post("/admin/intake/mailbox/add/", form_data(password="old"))
    mailbox = Mailbox.objects.get()
    admin_client.post(f"/admin/intake/mailbox/{mailbox.pk}/change/", form_data(password="new"))
    mailbox.refresh_from_db()
    assert mailbox.password == "new"
