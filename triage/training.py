"""Learning the triage model from the company's history: one classifier per target."""

import io
import time
from collections import Counter
from collections.abc import Callable

import joblib
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from .model.classifier import classifier_fit
from .model.evaluation import held_out_evaluate
from .models import TriageModel
from .selectors import triage_history
from .targets import TARGETS

MIN_PER_LABEL = 3  # a label seen fewer times is noise, not something to suggest


def target_examples(history: list[tuple[str, dict[str, str]]], target: str) -> tuple[list[str], list[str]]:
    """The texts and labels of one target, without unlabelled complaints and too rare labels."""
    counts = Counter(labels[target] for _, labels in history if labels[target])
    kept = [(text, labels[target]) for text, labels in history if counts.get(labels[target], 0) >= MIN_PER_LABEL]
    return [text for text, _ in kept], [label for _, label in kept]


def target_train(texts: list[str], labels: list[str], *, minimum: int) -> tuple[dict, object | None]:
    """Held-out scores and the classifier refitted on everything, or the reason there is none."""
    if len(texts) < minimum:
        return {"skipped": "history", "n": len(texts), "needed": minimum}, None
    if len(set(labels)) < 2:
        return {"skipped": "one_label", "n": len(texts)}, None
    scores = held_out_evaluate(texts=texts, labels=labels)
    summary = {"accuracy": scores.accuracy, "macro_f1": scores.macro_f1, "n_train": scores.n_train,
               "n_test": scores.n_test, "labels": len(set(labels))}
    return summary, classifier_fit(texts=texts, labels=labels)


def triage_model_train(*, on_target: Callable[[str, int], None] | None = None) -> TriageModel:
    """A new model version from the newest closed complaints.

    A target with less history than ``COMPLAINTDESK_TRIAGE_MIN_HISTORY`` complaints gets no
    classifier, and so no suggestion (issue 7: "with no history yet, no suggestion").
    """
    started = time.perf_counter()
    history = triage_history()
    minimum = settings.COMPLAINTDESK_TRIAGE_MIN_HISTORY
    scores, classifiers = {}, {}
    for target in TARGETS:
        texts, labels = target_examples(history, target)
        scores[target], classifier = target_train(texts, labels, minimum=minimum)
        if classifier is not None:
            classifiers[target] = classifier
        if on_target:
            on_target(target, len(TARGETS))
    buffer = io.BytesIO()
    joblib.dump(classifiers, buffer, compress=3)
    fields = {"trained_at": timezone.now(), "n_train": len(history), "scores": scores, "payload": buffer.getvalue(),
              "train_seconds": round(time.perf_counter() - started, 1)}
    for _attempt in range(5):
        # Two trainings at once (the nightly job and the command): the unique version makes one retry.
        latest = TriageModel.objects.aggregate(latest=Max("version"))["latest"] or 0
        try:
            with transaction.atomic():
                return TriageModel.objects.create(version=latest + 1, **fields)
        except IntegrityError:
            continue
    raise RuntimeError("no free triage model version after 5 attempts")
