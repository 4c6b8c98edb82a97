"""The classifier: word and character n-gram TF-IDF with linear models, for any script.

Why these settings: triage/MODEL.md has the cross-validation scores of what was tried.
Words (any script: ``\\w`` is Unicode) carry the topic; character n-grams inside word
boundaries carry the stems of inflected languages (Russian, Georgian) and misspellings.
Three models read them differently — an SVM on the words, an SVM on the characters, a
complement naive Bayes on the words — and a logistic regression learns from their
out-of-fold scores how much to trust each of them for each label (stacking).
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import ComplementNB
from sklearn.svm import LinearSVC

from .text import text_normalise

C = 0.3  # the SVMs' regularisation (MODEL.md: chosen by cross-validation on the training file)
INNER_FOLDS = 3  # out-of-fold scores for the stacking model: each base model is fitted this many times more
# Softmax temperature turning the stacking model's scores into confidences that sum to 1 (MODEL.md: calibration).
TEMPERATURE = 1.0


def svm() -> LinearSVC:
    return LinearSVC(C=C)


class NaiveBayes(ComplementNB):
    """Complement naive Bayes scored by one product with a contiguous matrix: 0.01 ms a text instead of 1 ms."""

    def fit(self, X, y, sample_weight=None) -> "NaiveBayes":
        super().fit(X, y, sample_weight)
        self.weights_ = np.ascontiguousarray(self.feature_log_prob_.T, dtype=np.float32)
        # Three more per-label arrays of every n-gram, unused: the stored model would be 30 MB larger.
        del self.feature_count_, self.feature_all_, self.feature_log_prob_
        return self

    def decision_function(self, X) -> np.ndarray:
        return X @ self.weights_  # = predict_joint_log_proba for two or more labels


def naive_bayes() -> NaiveBayes:
    return NaiveBayes(alpha=0.3)


# (which features, which model) of each base model; the stacking model reads their scores side by side.
BASES = (("words", svm), ("chars", svm), ("words", naive_bayes))


def centred_scores(model, features) -> np.ndarray:
    """Per-label scores of one base model, centred per text (naive Bayes' log-probabilities grow with the length)."""
    values = model.decision_function(features)
    if values.ndim == 1:  # two labels: one margin, positive for classes_[1]
        values = np.column_stack([-values, values])
    return values - values.mean(axis=1, keepdims=True)


class TextClassifier:
    """Word and character TF-IDF, base models over them, and a stacking model over their scores.

    Not a FeatureUnion or a StackingClassifier: their parallel machinery costs milliseconds per
    single text, and a suggestion is always one text.
    """

    # Stored with each fitted classifier: one pickled by code of another shape is not used.
    FORMAT = 2

    def __init__(self, *, n_texts: int) -> None:
        self.format = self.FORMAT
        # A small company's first complaints: every n-gram counts; past a thousand, one-offs are noise.
        min_df = 2 if n_texts >= 1000 else 1
        self.words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=min_df, max_df=0.5,
                                     dtype=np.float32)
        self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=min_df + 1,
                                     max_df=0.5, dtype=np.float32)
        self.bases = [(kind, make()) for kind, make in BASES]
        self.stack = LogisticRegression(C=1.0, max_iter=1000)

    @property
    def classes_(self) -> np.ndarray:
        return self.stack.classes_

    def fit(self, texts: list[str], labels: list[str]) -> "TextClassifier":
        features = {"words": self.words.fit_transform(texts), "chars": self.chars.fit_transform(texts)}
        labels = np.asarray(labels)
        folds = min(INNER_FOLDS, min(Counter(labels).values()))
        if folds < 2:  # a label seen once: nothing to hold out, the stacking model learns from in-sample scores
            for kind, model in self.bases:
                model.fit(features[kind], labels)
            self.stack.fit(self.base_scores(features), labels)
            return self
        held_out = np.zeros((len(labels), len(self.bases) * len(np.unique(labels))), np.float32)
        splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
        for train, test in splitter.split(labels, labels):
            fold_models = [(kind, sklearn.clone(model).fit(features[kind][train], labels[train]))
                           for kind, model in self.bases]
            held_out[test] = self.base_scores({kind: matrix[test] for kind, matrix in features.items()}, fold_models)
        for kind, model in self.bases:
            model.fit(features[kind], labels)
        self.stack.fit(held_out, labels)
        return self

    def base_scores(self, features: dict, bases=None) -> np.ndarray:
        return np.hstack([centred_scores(model, features[kind]) for kind, model in bases or self.bases])

    def decision_function(self, texts: list[str]) -> np.ndarray:
        # The checks of parameters and of finite values cost a fifth of the time of one text; ours are known good.
        with sklearn.config_context(assume_finite=True, skip_parameter_validation=True):
            features = {"words": self.words.transform(texts), "chars": self.chars.transform(texts)}
            return self.stack.decision_function(self.base_scores(features))


def classifier_usable(classifier: object) -> bool:
    """Fitted by this code: a model stored before the method changed waits for its retraining."""
    return isinstance(classifier, TextClassifier) and getattr(classifier, "format", 1) == TextClassifier.FORMAT


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
