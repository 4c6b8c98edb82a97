from decimal import Decimal

from factory.django import DjangoModelFactory

from similarity.models import SystemicRule


class SystemicRuleFactory(DjangoModelFactory[SystemicRule]):
    class Meta:
        model = SystemicRule

    name = "Similar complaints in a week"
    scope = SystemicRule.Scope.TEXT
    min_complaints = 3
    days = 7
    min_similarity = Decimal("0.35")
    is_active = True


def customer(n: int) -> dict:
    """Contact details of the n-th customer, so that complaints are not each other's duplicates."""
    return {"contact_email": f"customer{n}@example.com", "contact_phone": f"+995 555 10 {n:04d}"}

