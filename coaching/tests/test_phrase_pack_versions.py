"""Packs are data: an edit in the admin makes a new version, which the next check uses and records."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from coaching.models import PhrasePack
from coaching.selectors import PACK_FIELDS, reply_coach

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_browser(client):
    client.force_login(UserFactory(username="root", role=User.Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def pack_form(pack: PhrasePack, *, new_rule: dict | None = None, **changes) -> dict:
    """The admin's change form of ``pack`` as the browser posts it, with one rule added."""
    rules = list(pack.rules.order_by("id"))
    data = {"language": pack.language, "name": pack.name, "active": "on",
            **{name: getattr(pack, name) for name in PACK_FIELDS}, **changes,
            "rules-TOTAL_FORMS": str(len(rules) + 1), "rules-INITIAL_FORMS": str(len(rules)),
            "rules-MIN_NUM_FORMS": "0", "rules-MAX_NUM_FORMS": "1000"}
    for index, rule in enumerate(rules):
        data.update({f"rules-{index}-{name}": getattr(rule, name) for name in
                     ("category", "severity", "pattern", "suggestion", "explanation")})
        data.update({f"rules-{index}-id": rule.pk, f"rules-{index}-pack": pack.pk,
                     f"rules-{index}-active": "on"})
        if rule.negatable:
            data[f"rules-{index}-negatable"] = "on"
    for name, value in (new_rule or {}).items():
        data[f"rules-{len(rules)}-{name}"] = value
    return data


def test_a_rule_added_in_the_admin_applies_at_once_under_a_new_version(admin_browser):
    # given
    pack = PhrasePack.objects.get(language="en", active=True)
    assert reply_coach(text="Whatever.", language="en", whole_reply=False).findings == []
    # when
    response = admin_browser.post(reverse("admin:coaching_phrasepack_change", args=[pack.pk]), pack_form(
        pack, new_rule={"category": "judging", "severity": "warning", "pattern": r"\bwhatever\b",
                        "suggestion": "Let me check that for you.", "active": "on"}))
    # then
    assert response.status_code == 302
    result = reply_coach(text="Whatever.", language="en", whole_reply=False)
    assert result.pack_version == 2
    assert [(f.category, f.suggestion) for f in result.findings] == [("judging", "Let me check that for you.")]


def test_a_broken_pattern_is_refused_with_the_reason(admin_browser):
    # given
    pack = PhrasePack.objects.get(language="ru", active=True)
    # when
    response = admin_browser.post(reverse("admin:coaching_phrasepack_change", args=[pack.pk]),
                                  pack_form(pack, thanks="(спасибо"))
    # then: nothing changed
    assert response.status_code == 200
    assert "Not a valid regular expression" in response.content.decode()
    pack.refresh_from_db()
    assert pack.version == 1 and pack.thanks.startswith(r"\b(?:спасибо")


def test_a_second_active_pack_of_a_language_is_refused(admin_browser):
    # when
    response = admin_browser.post(reverse("admin:coaching_phrasepack_add"), {
        "language": "ka", "name": "Another", "active": "on", **{name: "" for name in PACK_FIELDS},
        "rules-TOTAL_FORMS": "0", "rules-INITIAL_FORMS": "0", "rules-MIN_NUM_FORMS": "0",
        "rules-MAX_NUM_FORMS": "1000"})
    # then
    assert response.status_code == 200
    assert "Another pack of this language is active" in response.content.decode()
    assert PhrasePack.objects.filter(language="ka").count() == 1
