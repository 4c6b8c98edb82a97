"""Held-out scores of the classifier: one split, a given test set, or k-fold cross-validation."""

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split

from .classifier import classifier_fit, classifier_predict


@dataclass(frozen=True)
class Scores:
    accuracy: float
    macro_f1: float
    n_train: int
    n_test: int
    train_seconds: float
    predict_ms_per_item: float

    def as_dict(self) -> dict:
        return asdict(self)


def evaluate(*, train_texts: Sequence[str], train_labels: Sequence[str], test_texts: Sequence[str],
             test_labels: Sequence[str]) -> Scores:
    """Fit on the training texts, predict the test texts one by one (as suggestions are made), score."""
    started = time.perf_counter()
    classifier = classifier_fit(texts=train_texts, labels=train_labels)
    train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    predicted = [classifier_predict(classifier, [text])[0].label for text in test_texts]
    predict_seconds = time.perf_counter() - started
    return Scores(
        accuracy=round(accuracy_score(test_labels, predicted), 4),
        macro_f1=round(f1_score(test_labels, predicted, average="macro", zero_division=0), 4),
        n_train=len(train_texts), n_test=len(test_texts), train_seconds=round(train_seconds, 2),
        predict_ms_per_item=round(1000 * predict_seconds / max(1, len(test_texts)), 3),
    )


def stratifiable(labels: Sequence[str], parts: int) -> bool:
    return min(Counter(labels).values()) >= parts


def held_out_evaluate(*, texts: Sequence[str], labels: Sequence[str], test_fraction: float = 0.2,
                      seed: int = 0) -> Scores:
    """Scores on a part of the texts kept apart from training (stratified when every label allows)."""
    train_texts, test_texts, train_labels, test_labels = train_test_split(
        list(texts), list(labels), test_size=test_fraction, random_state=seed,
        stratify=list(labels) if stratifiable(labels, 2) else None)
    return evaluate(train_texts=train_texts, train_labels=train_labels, test_texts=test_texts,
                    test_labels=test_labels)


def cross_validate(*, texts: Sequence[str], labels: Sequence[str], folds: int = 5, seed: int = 0,
                   on_fold: Callable[[int, Scores], None] | None = None) -> list[Scores]:
    """Stratified k-fold: every text is tested once by a model that never saw it."""
    texts, labels = list(texts), list(labels)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    results = []
    for number, (train, test) in enumerate(splitter.split(texts, labels), start=1):
        scores = evaluate(train_texts=[texts[i] for i in train], train_labels=[labels[i] for i in train],
                          test_texts=[texts[i] for i in test], test_labels=[labels[i] for i in test])
        results.append(scores)
        if on_fold:
            on_fold(number, scores)
    return results
