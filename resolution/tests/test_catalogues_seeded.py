"""The starting root causes and remedies exist in the three languages (data migration)."""

import pytest
from django.utils import translation

from resolution.models import RemedyType, RootCause


@pytest.mark.django_db
def test_root_causes_are_seeded_in_three_languages():
    # given / when
    causes = RootCause.objects.all()
    # then
    assert set(causes.values_list("code", flat=True)) == {
        "attitude", "product_defect", "service_error", "communication", "price", "process", "customer_error",
        "not_established"}
    assert all(c.name_en and c.name_ru and c.name_ka for c in causes)
    with translation.override("ka"):
        assert RootCause.objects.get(code="price").name == "ფასი"


@pytest.mark.django_db
def test_remedy_types_are_seeded_with_value_and_coupon_rules():
    # given / when
    types = {t.code: t for t in RemedyType.objects.all()}
    # then
    assert set(types) == {"refund", "replacement", "exchange", "store_credit", "coupon", "price_reduction", "gift",
                          "apology", "guarantee"}
    assert [code for code, t in types.items() if t.issues_coupon] == ["coupon"]
    assert {code for code, t in types.items() if not t.has_value} == {"apology", "guarantee"}
    with translation.override("ru"):
        assert types["coupon"].name == "Купон на скидку"
