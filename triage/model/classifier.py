"""The classifier: word and character n-gram TF-IDF with a linear model, for any script.

Why these settings: triage/MODEL.md has the cross-validation scores of what was tried.
Words (any script: ``\\w`` is Unicode) carry the topic; character n-grams inside word
boundaries carry the stems of inflected languages (Russian, Georgian) and misspellings.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.svm import LinearSVC

from .text import text_normalise

C = 0.5  # the SVM's regularisation (MODEL.md: chosen by cross-validation on the training file)
CHAR_CHARS = 1500  # character n-grams of the opening only: they cost most of the training time
# Softmax temperature turning SVM margins into confidences that sum to 1 (MODEL.md: calibration).
TEMPERATURE = 0.3


def opening(text: str) -> str:
    return text[:CHAR_CHARS]


def classifier_build() -> Pipeline:
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_df=0.5, dtype=np.float32)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=3, max_df=0.5,
                            preprocessor=opening, dtype=np.float32)
    return Pipeline([
        ("features", FeatureUnion([("words", words), ("chars", chars)])),
        ("model", LinearSVC(C=C)),
    ])


def classifier_fit(*, texts: Sequence[str], labels: Sequence[str]) -> Pipeline:
    """A fitted pipeline; it takes raw texts (it normalises them itself)."""
    pipeline = classifier_build()
    pipeline.fit([text_normalise(t) for t in texts], list(labels))
    return pipeline


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float  # 0–1


def classifier_predict(pipeline: Pipeline, texts: Sequence[str]) -> list[Prediction]:
    scores = pipeline.decision_function([text_normalise(t) for t in texts])
    classes = pipeline.classes_
    if scores.ndim == 1:  # two classes: one margin, positive for classes_[1]
        scores = np.column_stack([-scores, scores])
    scaled = (scores - scores.max(axis=1, keepdims=True)) / TEMPERATURE
    probabilities = np.exp(scaled) / np.exp(scaled).sum(axis=1, keepdims=True)
    best = probabilities.argmax(axis=1)
    return [Prediction(str(classes[i]), float(probabilities[row, i])) for row, i in enumerate(best)]
