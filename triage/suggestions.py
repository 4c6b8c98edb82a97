"""Suggestions for a new or open complaint: per target a value and a confidence, never applied by themselves."""

import io
import logging
import threading
from dataclasses import dataclass

import joblib

from complaints.choices import Importance

from .emotion.intensity import Intensity, emotional_intensity
from .model.classifier import classifier_predict, classifier_usable
from .models import TriageModel
from .selectors import triage_model_version
from .targets import triage_text

logger = logging.getLogger(__name__)
IMPORTANCE_ORDER = [Importance.LOW, Importance.NORMAL, Importance.HIGH, Importance.CRITICAL]


@dataclass(frozen=True)
class Suggestion:
    target: str  # a key of targets.TARGETS
    value: str  # kind or importance value, category or department code
    confidence: float  # 0–1
    by_emotion: bool = False  # the importance was raised because the customer is very upset


class LoadedModel:
    """The classifiers of one model version, kept per process and replaced when a newer version appears."""

    def __init__(self) -> None:
        self.version: int | None = None
        self.classifiers: dict = {}
        self.lock = threading.Lock()

    def current(self) -> dict:
        version = triage_model_version()
        if version is None:
            return {}
        if version != self.version:
            with self.lock:
                if version != self.version:
                    payload = TriageModel.objects.filter(version=version).values_list("payload", flat=True).get()
                    classifiers = joblib.load(io.BytesIO(bytes(payload)))
                    if not all(classifier_usable(c) for c in classifiers.values()):
                        # Stored before the method changed: no suggestions until the nightly retraining.
                        logger.warning("triage model %s was made by an earlier method: retrain it", version)
                        classifiers = {}
                    self.classifiers, self.version = classifiers, version
        return self.classifiers


loaded_model = LoadedModel()


def importance_raised(suggested: Suggestion | None, intensity: Intensity) -> Suggestion | None:
    """A very upset customer makes the complaint at least "high" (PRODUCT.md: the emotional part counts)."""
    if not intensity.is_high:
        return suggested
    if suggested and IMPORTANCE_ORDER.index(suggested.value) >= IMPORTANCE_ORDER.index(Importance.HIGH):
        return suggested
    return Suggestion("importance", Importance.HIGH, intensity.score, by_emotion=True)


def triage_suggest(*, description: str, emotion: str = "", product: str = "", channel: str = "") -> dict:
    """{target: Suggestion} for the targets the history allows, and the text's emotional intensity."""
    text = triage_text(description=description, emotion=emotion, product=product, channel=channel)
    suggestions = {}
    if text.strip():
        for target, classifier in loaded_model.current().items():
            prediction = classifier_predict(classifier, [text])[0]
            suggestions[target] = Suggestion(target, prediction.label, prediction.confidence)
    intensity = emotional_intensity(f"{description}\n{emotion}")
    raised = importance_raised(suggestions.get("importance"), intensity)
    if raised:
        suggestions["importance"] = raised
    return {"suggestions": suggestions, "intensity": intensity}
