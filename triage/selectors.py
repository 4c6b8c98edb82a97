"""Reads for triage: the history it learns from and the current model."""

from django.db.models import F, QuerySet

from accounts.models import User
from complaints.choices import Status
from complaints.models import Complaint

from .models import TriageModel
from .targets import triage_text

# The newest closed complaints a model learns from: 20,000 train in under a minute on two cores (MODEL.md).
HISTORY_LIMIT = 20_000


def triage_history(*, limit: int = HISTORY_LIMIT) -> list[tuple[str, dict[str, str]]]:
    """(text, {target: label}) of the newest closed or handed-off complaints; a label is "" where none was recorded."""
    rows = (
        Complaint.objects.filter(status__in=(Status.CLOSED, Status.HANDED_OFF))
        .order_by(F("closed_at").desc(nulls_last=True), "-id")
        .values_list("description", "emotion", "product", "channel", "kind", "importance",
                     "department__code", "subject_category__code")[:limit]
    )
    return [
        (triage_text(description=description, emotion=emotion, product=product, channel=channel),
         {"kind": kind, "importance": importance, "department": department or "", "category": category or ""})
        for description, emotion, product, channel, kind, importance, department, category in rows
    ]


def triage_model_current() -> TriageModel | None:
    """The newest model, without its classifiers (they are read only when needed)."""
    return TriageModel.objects.defer("payload").order_by("-version").first()


def triage_model_version() -> int | None:
    """One indexed read: is the model cached in this process still the current one?"""
    return TriageModel.objects.order_by("-version").values_list("version", flat=True).first()


def triage_models_visible(user: User) -> bool:
    """The model learns from every department's history: only those who see every complaint see its scores."""
    return user.is_active and user.sees_everything


def triage_model_history(*, limit: int = 10) -> QuerySet[TriageModel]:
    """The newest model versions, newest first, without their classifiers."""
    return TriageModel.objects.defer("payload").order_by("-version")[:limit]
