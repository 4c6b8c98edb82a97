"""Labelled texts from a CSV file (plain or gzip), as exported from a complaint history."""

import csv
import gzip
from pathlib import Path
from typing import TextIO


class LabelledCsvError(ValueError):
    pass


class MissingColumns(LabelledCsvError):
    def __init__(self, columns: list[str]) -> None:
        super().__init__(", ".join(columns))
        self.columns = columns


def csv_open(path: Path) -> TextIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def labelled_rows_read(path: Path, *, text_column: str, label_column: str) -> tuple[list[str], list[str]]:
    """The texts and labels of the rows that have both; raises LabelledCsvError for a bad file."""
    csv.field_size_limit(10_000_000)  # narratives run to tens of thousands of characters
    texts, labels = [], []
    try:
        with csv_open(path) as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in (text_column, label_column) if c not in (reader.fieldnames or [])]
            if missing:
                raise MissingColumns(missing)
            for row in reader:
                text, label = (row[text_column] or "").strip(), (row[label_column] or "").strip()
                if text and label:
                    texts.append(text)
                    labels.append(label)
    except (OSError, UnicodeDecodeError, csv.Error, EOFError) as exc:
        raise LabelledCsvError(str(exc)) from exc
    return texts, labels
