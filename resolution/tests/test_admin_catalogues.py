"""Root causes and remedy types are managed in the admin; remedies given are view-only there."""

import pytest
from django.urls import reverse

from resolution.models import RemedyType, RootCause


@pytest.mark.django_db
def test_an_administrator_adds_a_root_cause(admin_client):
    # when
    response = admin_client.post(reverse("admin:resolution_rootcause_add"), {
        "code": "logistics", "name_en": "Logistics", "name_ru": "Логистика", "name_ka": "ლოჯისტიკა",
        "is_active": "on"})
    # then
    assert response.status_code == 302
    assert RootCause.objects.get(code="logistics").name_ka == "ლოჯისტიკა"


@pytest.mark.django_db
def test_an_administrator_retires_a_remedy_type(admin_client):
    # given
    gift = RemedyType.objects.get(code="gift")
    # when
    response = admin_client.post(reverse("admin:resolution_remedytype_change", args=[gift.pk]), {
        "code": "gift", "name_en": gift.name_en, "name_ru": gift.name_ru, "name_ka": gift.name_ka,
        "has_value": "on"})
    # then
    assert response.status_code == 302
    gift.refresh_from_db()
    assert not gift.is_active


@pytest.mark.django_db
def test_remedies_given_cannot_be_added_in_the_admin(admin_client):
    # when
    response = admin_client.get(reverse("admin:resolution_remedy_add"))
    # then
    assert response.status_code == 403
