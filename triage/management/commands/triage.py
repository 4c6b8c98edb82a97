"""``complaintdesk triage train | evaluate | cv``: learn from closed complaints, or judge on labelled CSV files."""

import json
from pathlib import Path
from statistics import mean

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _
from tqdm import tqdm

from triage.model.evaluation import cross_validate, evaluate
from triage.model.labelled_csv import LabelledCsvError, MissingColumns, labelled_rows_read
from triage.services import triage_model_train


class Command(BaseCommand):
    help = "Triage suggestions: train the model on closed complaints, or evaluate the method on CSV files."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("train", help="learn from the company's closed complaints; a new model version")
        evaluate_parser = actions.add_parser(
            "evaluate", help="train on one labelled CSV (.csv or .csv.gz), test on another; JSON on the last line")
        evaluate_parser.add_argument("--train", type=Path, required=True)
        evaluate_parser.add_argument("--test", type=Path, required=True)
        cv_parser = actions.add_parser("cv", help="k-fold cross-validation on one labelled CSV")
        cv_parser.add_argument("--file", type=Path, required=True)
        cv_parser.add_argument("--folds", type=int, default=5)
        for sub in (evaluate_parser, cv_parser):
            sub.add_argument("--text-column", default="text")
            sub.add_argument("--label-column", default="label")

    def handle(self, *args, action: str, **options) -> None:
        getattr(self, f"handle_{action}")(**options)

    def read(self, path: Path, *, text_column: str, label_column: str) -> tuple[list[str], list[str]]:
        self.stderr.write(_("Reading %(path)s …") % {"path": path})
        try:
            texts, labels = labelled_rows_read(path, text_column=text_column, label_column=label_column)
        except MissingColumns as exc:
            raise CommandError(_("%(path)s has no column %(columns)s.") % {
                "path": path, "columns": ", ".join(exc.columns)}) from exc
        except LabelledCsvError as exc:
            raise CommandError(_("%(path)s cannot be read as CSV: %(error)s") % {
                "path": path, "error": exc}) from exc
        if not texts:
            raise CommandError(_("%(path)s has no row with both a text and a label.") % {"path": path})
        self.stderr.write(_("%(count)d labelled texts, %(labels)d labels.") % {
            "count": len(texts), "labels": len(set(labels))})
        return texts, labels

    def handle_evaluate(self, *, train: Path, test: Path, text_column: str, label_column: str, **options) -> None:
        train_texts, train_labels = self.read(train, text_column=text_column, label_column=label_column)
        test_texts, test_labels = self.read(test, text_column=text_column, label_column=label_column)
        self.stderr.write(_("Training and testing …"))
        scores = evaluate(train_texts=train_texts, train_labels=train_labels, test_texts=test_texts,
                          test_labels=test_labels)
        self.stdout.write(json.dumps(scores.as_dict()))

    def handle_cv(self, *, file: Path, folds: int, text_column: str, label_column: str, **options) -> None:
        if folds < 2:
            raise CommandError(_("Cross-validation needs at least 2 folds."))
        texts, labels = self.read(file, text_column=text_column, label_column=label_column)
        with tqdm(total=folds, desc=_("folds"), file=self.stderr._out) as bar:
            def on_fold(number, scores):
                bar.write(f"fold {number}: {json.dumps(scores.as_dict())}", file=self.stderr._out)
                bar.update()
            try:
                results = cross_validate(texts=texts, labels=labels, folds=folds, on_fold=on_fold)
            except ValueError as exc:  # a label with fewer texts than folds
                raise CommandError(str(exc)) from exc
        summary = {key: round(mean(getattr(s, key) for s in results), 4)
                   for key in ("accuracy", "macro_f1", "train_seconds", "predict_ms_per_item")}
        self.stdout.write(json.dumps({**summary, "folds": folds, "n": len(texts)}))

    def handle_train(self, **options) -> None:
        with tqdm(desc=_("targets"), file=self.stderr._out) as bar:
            def on_target(target: str, total: int) -> None:
                bar.total = total
                bar.set_postfix_str(target)
                bar.update()
            model = triage_model_train(on_target=on_target)
        self.stdout.write(_("Triage model v%(version)d: learned from %(count)d closed complaints in %(seconds).0f s.")
                          % {"version": model.version, "count": model.n_train, "seconds": model.train_seconds})
        for target, scores in model.scores.items():
            if "skipped" in scores:
                self.stdout.write(f"  {target}: {scores['skipped']}")
            else:
                self.stdout.write(f"  {target}: accuracy {scores['accuracy']:.3f}, macro-F1 {scores['macro_f1']:.3f}"
                                  f" ({scores['n_train']} + {scores['n_test']})")
