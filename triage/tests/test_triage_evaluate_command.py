"""`complaintdesk triage evaluate` and `cv` on labelled CSV files: figures as JSON on the last line."""

import gzip
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from triage.tests.factories import FIXTURES

TRAIN, TEST = FIXTURES / "bank_texts.csv", FIXTURES / "bank_texts_test.csv"


def last_line_json(out: str) -> dict:
    return json.loads(out.strip().splitlines()[-1])


def test_evaluate_prints_the_scores_last(capsys):
    # when
    call_command("triage", "evaluate", "--train", str(TRAIN), "--test", str(TEST), "--text-column", "text",
                 "--label-column", "label")
    # then
    captured = capsys.readouterr()
    result = last_line_json(captured.out)
    assert set(result) == {"accuracy", "macro_f1", "n_train", "n_test", "train_seconds", "predict_ms_per_item"}
    assert (result["n_train"], result["n_test"]) == (36, 9)
    assert result["accuracy"] >= 0.7 and result["macro_f1"] >= 0.7  # chance is 1/3
    assert result["train_seconds"] > 0 and result["predict_ms_per_item"] > 0
    assert "36 labelled texts, 3 labels." in captured.err


def test_evaluate_reads_gzip_files(tmp_path, capsys):
    # given
    for source in (TRAIN, TEST):
        with source.open("rb") as plain, gzip.open(tmp_path / f"{source.name}.gz", "wb") as packed:
            shutil.copyfileobj(plain, packed)
    # when
    call_command("triage", "evaluate", "--train", str(tmp_path / "bank_texts.csv.gz"),
                 "--test", str(tmp_path / "bank_texts_test.csv.gz"), "--label-column", "label")
    # then
    assert last_line_json(capsys.readouterr().out)["n_test"] == 9


def test_a_missing_column_is_named():
    with pytest.raises(CommandError, match="has no column product"):
        call_command("triage", "evaluate", "--train", str(TRAIN), "--test", str(TEST), "--label-column", "product")


def test_a_file_that_is_not_csv_is_refused(tmp_path):
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(b"not gzip at all")
    with pytest.raises(CommandError, match="cannot be read as CSV"):
        call_command("triage", "evaluate", "--train", str(broken), "--test", str(TEST), "--label-column", "label")


def test_cross_validation_averages_the_folds(capsys):
    # when
    call_command("triage", "cv", "--file", str(TRAIN), "--folds", "3", "--label-column", "label")
    # then
    captured = capsys.readouterr()
    result = last_line_json(captured.out)
    assert (result["folds"], result["n"]) == (3, 36)
    assert 0 < result["accuracy"] <= 1
    assert captured.err.count("fold ") == 3
