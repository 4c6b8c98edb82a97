"""The model learns from closed complaints; without enough history it suggests nothing."""

import io

import joblib
import pytest
from django.core.management import call_command

from triage.models import TriageModel
from triage.suggestions import loaded_model, triage_suggest
from triage.tests.factories import fixture_texts, history_make
from triage.training import triage_model_train


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.COMPLAINTDESK_TRIAGE_MIN_HISTORY = 24
    loaded_model.version = None  # another test's model version may be cached in this process


@pytest.mark.django_db
def test_no_history_no_model_suggestion(qms, complaint):
    # given: one open complaint, nothing closed
    # when
    model = triage_model_train()
    # then
    assert model.version == 1 and model.n_train == 0
    assert model.scores["department"] == {"skipped": "history", "n": 0, "needed": 24}
    found = triage_suggest(description="Банкомат не вернул карту, а деньги списали.")
    assert found["suggestions"] == {}


@pytest.mark.django_db
def test_no_suggestion_before_any_model_but_an_upset_customer_raises_the_importance(db):
    found = triage_suggest(description="Вы мошенники! Подам на вас в суд и напишу в Центробанк!!!")
    assert list(found["suggestions"]) == ["importance"]
    assert found["suggestions"]["importance"].value == "high" and found["suggestions"]["importance"].by_emotion


@pytest.mark.django_db
def test_learned_from_closed_complaints_it_suggests_department_and_category(qms):
    # given
    products = history_make(driver=qms)
    # when
    model = triage_model_train()
    # then: every complaint was a complaint, so the kind is not learned; the rest is, with held-out scores
    assert model.n_train == 36
    assert model.scores["kind"] == {"skipped": "one_label", "n": 36}
    for target in ("category", "department", "importance"):
        assert model.scores[target]["n_train"] + model.scores[target]["n_test"] == 36
        assert 0 <= model.scores[target]["accuracy"] <= 1
    right = 0
    for text, label in fixture_texts("bank_texts_test.csv"):
        suggestions = triage_suggest(description=text, channel="phone")["suggestions"]
        assert 0 < suggestions["department"].confidence <= 1
        right += suggestions["department"].value == products[label][0].code
        right += suggestions["category"].value == label
    assert right >= 14  # of 18: the fixture's test texts are plain cases


@pytest.mark.django_db
def test_a_newer_model_replaces_the_cached_one(qms):
    # given
    history_make(driver=qms)
    triage_model_train()
    triage_suggest(description="Проценты по вкладу не начислили.")
    assert loaded_model.version == 1
    # when
    triage_model_train()
    triage_suggest(description="Проценты по вкладу не начислили.")
    # then
    assert loaded_model.version == 2
    assert list(TriageModel.objects.values_list("version", flat=True)) == [2, 1]


@pytest.mark.django_db
def test_a_model_stored_by_an_earlier_method_suggests_nothing_until_retrained(qms):
    # given: the newest stored model was fitted by code of another shape
    history_make(driver=qms)
    model = triage_model_train()
    classifiers = joblib.load(io.BytesIO(bytes(model.payload)))
    for classifier in classifiers.values():
        classifier.format = 1
    stored = io.BytesIO()
    joblib.dump(classifiers, stored)
    TriageModel.objects.filter(pk=model.pk).update(payload=stored.getvalue())
    # then: no suggestion from it, and no error
    assert triage_suggest(description="Проценты по вкладу не начислили.")["suggestions"] == {}
    # when: retrained
    triage_model_train()
    # then
    assert triage_suggest(description="Проценты по вкладу не начислили.")["suggestions"]


@pytest.mark.django_db
def test_train_command_reports_the_new_version(qms, capsys):
    # when
    call_command("triage", "train")
    # then
    out = capsys.readouterr().out
    assert "Triage model v1: learned from 0 closed complaints" in out
