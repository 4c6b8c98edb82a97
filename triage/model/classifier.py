"""The classifier: word and character n-gram TF-IDF with a linear model, for any script.

Why these settings: triage/MODEL.md has the cross-validation scores of what was tried.
Words (any script: ``\\w`` is Unicode) carry the topic; character n-grams inside word
boundaries carry the stems of inflected languages (Russian, Georgian) and misspellings.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from .text import text_normalise

C = 0.5  # the SVM's regularisation (MODEL.md: chosen by cross-validation on the training file)
CHAR_CHARS = 1500  # character n-grams of the opening only: they cost most of the training time
# Softmax temperature turning SVM margins into confidences that sum to 1 (MODEL.md: calibration).
TEMPERATURE = 0.35


def opening(text: str) -> str:
    return text[:CHAR_CHARS]


class TextClassifier:
    """Word and character TF-IDF side by side, and a linear SVM over both.

    Not a FeatureUnion: its parallel machinery costs milliseconds per single text, and a
    suggestion is always one text.
    """

    def __init__(self, *, n_texts: int) -> None:
        # A small company's first complaints: every n-gram counts; past a thousand, one-offs are noise.
        min_df = 2 if n_texts >= 1000 else 1
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df, max_df=0.5,
                                     dtype=np.float32)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=min_df + 1,
                                     max_df=0.5, preprocessor=opening, dtype=np.float32)
        self.model = LinearSVC(C=C)

    @property
    def classes_(self) -> np.ndarray:
        return self.model.classes_

    def fit(self, texts: list[str], labels: list[str]) -> "TextClassifier":
        features = sparse.hstack([self.words.fit_transform(texts), self.chars.fit_transform(texts)], format="csr")
        self.model.fit(features, labels)
        return self

    def decision_function(self, texts: list[str]) -> np.ndarray:
        # The checks of parameters and of finite values cost a fifth of the time of one text; ours are known good.
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            features = sparse.hstack([self.words.transform(texts), self.chars.transform(texts)], format="csr")
            return self.model.decision_function(features)


def classifier_fit(*, texts: Sequence[str], labels: Sequence[str]) -> TextClassifier:
    """A fitted classifier; it takes raw texts (it normalises them itself)."""
    return TextClassifier(n_texts=len(texts)).fit([text_normalise(t) for t in texts], list(labels))


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float  # 0–1


def classifier_predict(classifier: TextClassifier, texts: Sequence[str]) -> list[Prediction]:
    scores = classifier.decision_function([text_normalise(t) for t in texts])
    classes = classifier.classes_
    if scores.ndim == 1:  # two classes: one margin, positive for classes_[1]
        scores = np.column_stack([-scores, scores])
    scaled = (scores - scores.max(axis=1, keepdims=True)) / TEMPERATURE
    probabilities = np.exp(scaled) / np.exp(scaled).sum(axis=1, keepdims=True)
    best = probabilities.argmax(axis=1)
    return [Prediction(str(classes[i]), float(probabilities[row, i])) for row, i in enumerate(best)]
