"""Finding systemic problems: clusters of similar complaints become one alert each, and grow."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np
from django.db import transaction
from django.utils import timezone

from complaints.choices import Kind
from complaints.models import Complaint

from . import minhash
from .alerts import Registered, systemic_alert_record
from .clusters import Item, clusters_find
from .models import ComplaintSignature, SystemicRule

CHUNK = 5000  # ids per IN list when reading signatures


@dataclass
class DetectionResult:
    created: list[int] = field(default_factory=list)  # alert ids
    grown: list[int] = field(default_factory=list)


def product_group(product: str) -> str | None:
    return " ".join(product.casefold().split()) or None


def rule_items(*, rule: SystemicRule, since: datetime) -> tuple[list[Item], dict[int, Registered]]:
    """Complaints (not other appeals) registered since ``since``, with their group under ``rule`` and signature."""
    rows = {pk: Registered(created_at=at, subject_category_id=subject, product=product)
            for pk, at, subject, product in Complaint.objects.filter(created_at__gte=since, kind=Kind.COMPLAINT)
            .values_list("id", "created_at", "subject_category_id", "product")}
    if rule.scope == SystemicRule.Scope.SUBJECT:
        groups = {pk: row.subject_category_id for pk, row in rows.items()}
    elif rule.scope == SystemicRule.Scope.PRODUCT:
        groups = {pk: product_group(row.product) for pk, row in rows.items()}
    else:
        groups = {pk: "" for pk in rows}
    empty = np.full(minhash.HASHES, minhash.EMPTY, dtype=np.uint32)
    signatures = signatures_of([pk for pk, group in groups.items() if group is not None]) if rule.min_similarity \
        else {}
    return [Item(id=pk, group=group, signature=signatures.get(pk, empty)) for pk, group in groups.items()], rows


def signatures_of(ids: list[int]) -> dict[int, np.ndarray]:
    """Stored signatures; computed from the text for complaints the index does not hold yet."""
    found: dict[int, np.ndarray] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for pk, data in ComplaintSignature.objects.filter(pk__in=chunk).values_list("complaint_id", "signature"):
            found[pk] = minhash.signature_from_bytes(data)
        missing = [pk for pk in chunk if pk not in found]
        for pk, text in Complaint.objects.filter(pk__in=missing).values_list("id", "description"):
            found[pk] = minhash.signature(text)
    return found


def systemic_alerts_detect(*, now: datetime | None = None) -> DetectionResult:
    """Run every active rule over its last D days; a new cluster raises an alert, a known one grows it.

    A cluster is known when it shares a complaint with an alert of the same rule, so running
    again finds the same alert rather than raising a second one. Each rule runs in its own
    transaction holding its row locked: two runs at once take turns.
    """
    now = now or timezone.now()
    result = DetectionResult()
    for rule_id in SystemicRule.objects.filter(is_active=True).order_by("pk").values_list("pk", flat=True):
        with transaction.atomic():
            rule = SystemicRule.objects.select_for_update().filter(pk=rule_id, is_active=True).first()
            if rule is None:
                continue
            items, registered = rule_items(rule=rule, since=now - timedelta(days=rule.days))
            for ids in clusters_find(items=items, min_similarity=float(rule.min_similarity),
                                     min_size=rule.min_complaints):
                alert, outcome = systemic_alert_record(rule=rule, complaints={pk: registered[pk] for pk in ids},
                                                       now=now)
                if outcome == "created":
                    result.created.append(alert.pk)
                elif outcome == "grown":
                    result.grown.append(alert.pk)
    return result
