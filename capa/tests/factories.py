"""Corrective actions are made through their service, never written by hand."""

from datetime import timedelta
from typing import Any

from django.utils import timezone

from accounts.models import User
from capa.models import CorrectiveAction
from capa.services import corrective_action_create
from complaints.models import Complaint


def corrective_action_make(*, actor: User, complaints: list[Complaint], owner: User | None = None,
                           **overrides: Any) -> CorrectiveAction:
    today = timezone.localdate()
    fields = {"cause": "The update installer skips the report templates.", "owner": owner or actor,
              "due_on": today + timedelta(days=7), "check_on": today + timedelta(days=37), "customer_text": ""}
    fields.update(overrides)
    return corrective_action_create(actor=actor, complaints=complaints, **fields)
