import hashlib
import json
import os
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from accounts.models import User

from .models import AuditAction, AuditChainHead, AuditRecord

GENESIS = "0" * 64


def record_hash(*, prev_hash: str, created_at: str, actor_id: int | None, actor_label: str, action: int,
                target_type: str, target_id: str, data: dict[str, Any]) -> str:
    payload = json.dumps(
        [prev_hash, created_at, actor_id, actor_label, action, target_type, target_id, data],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


def audit_record(*, action: AuditAction, target: models.Model, actor: User | None = None,
                 actor_label: str = "", data: dict[str, Any] | None = None) -> AuditRecord:
    """Append one record. Call inside the transaction of the change it records."""
    return audit_records_append(actor=actor, actor_label=actor_label, entries=[(action, target, data or {})])[0]


def audit_records_append(*, actor: User | None, entries: list[tuple[AuditAction, models.Model, dict[str, Any]]],
                         actor_label: str = "") -> list[AuditRecord]:
    """Append records for many changes by one actor (an import's batch), chained in order, under one lock.

    Call inside the transaction of the changes they record.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit_record must run inside the transaction of the change")
    chain = chain_of_this_process()
    head, _ = AuditChainHead.objects.select_for_update().get_or_create(pk=chain)
    created_at = timezone.now()
    label = actor_label or (str(actor) if actor else "")
    records = []
    prev_hash = head.last_hash
    for action, target, data in entries:
        fields = {
            "created_at": created_at.isoformat(), "actor_id": actor.pk if actor else None, "actor_label": label,
            "action": int(action), "target_type": target._meta.label_lower, "target_id": str(target.pk),
            "data": data,
        }
        digest = record_hash(prev_hash=prev_hash, **fields)
        records.append(AuditRecord(
            created_at=created_at, actor=actor, actor_label=label, action=action, target_type=fields["target_type"],
            target_id=fields["target_id"], data=data, chain=chain, prev_hash=prev_hash, hash=digest,
        ))
        prev_hash = digest
    records = AuditRecord.objects.bulk_create(records)
    head.last_hash = prev_hash
    head.save(update_fields=["last_hash"])
    return records


def chain_of_this_process() -> int:
    """The chain this process appends to: one process's records never wait for another's commit."""
    return os.getpid() % max(1, settings.COMPLAINTDESK_AUDIT_CHAINS) + 1


def audit_chain_verify() -> AuditRecord | None:
    """The first record whose hash does not match its content or its predecessor in its chain, or None."""
    for chain in AuditRecord.objects.order_by().values_list("chain", flat=True).distinct():
        prev = GENESIS
        for record in AuditRecord.objects.filter(chain=chain).order_by("id").iterator(chunk_size=2000):
            expected = record_hash(
                prev_hash=prev, created_at=record.created_at.isoformat(), actor_id=record.actor_id,
                actor_label=record.actor_label, action=record.action, target_type=record.target_type,
                target_id=record.target_id, data=record.data,
            )
            if record.prev_hash != prev or record.hash != expected:
                return record
            prev = record.hash
    return None
