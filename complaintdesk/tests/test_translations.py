"""Every interface string exists in Russian and Georgian (issue 2: "a test fails if any msgid in the
.po files is untranslated or fuzzy"), and no translation breaks the string's placeholders."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

LANGUAGES = ["ru", "ka"]
NAMED = re.compile(r"%\((\w+)\)[#0 +-]*\d*(?:\.\d+)?[sdifr]")
POSITIONAL = re.compile(r"%[#0 +-]*\d*(?:\.\d+)?[sdifr]")


def catalogues(language: str) -> list[Path]:
    folder = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES"
    return [folder / name for name in ("django.po", "djangojs.po") if (folder / name).exists()]


def placeholders(text: str) -> tuple[set[str], int]:
    text = text.replace("%%", "")
    return set(NAMED.findall(text)), len(POSITIONAL.findall(NAMED.sub("", text)))


def placeholder_problem(entry: polib.POEntry) -> str:
    """A translation may not invent a placeholder, nor drop one (a plural form may drop a named one)."""
    names, positional = placeholders(entry.msgid)
    if entry.msgid_plural:
        names |= placeholders(entry.msgid_plural)[0]
    translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    for text in translations:
        got_names, got_positional = placeholders(text)
        if got_names - names or got_positional != positional or (not entry.msgid_plural and got_names != names):
            return f"placeholders differ ({text!r})"
    return ""


def problems(path: Path) -> list[str]:
    found = []
    for entry in polib.pofile(str(path)):
        if entry.obsolete:
            continue
        label = f"{path.name}:{entry.linenum} {entry.msgid!r}"
        if "fuzzy" in entry.flags:
            found.append(f"fuzzy: {label}")
        elif not entry.translated():
            found.append(f"untranslated: {label}")
        elif problem := placeholder_problem(entry):
            found.append(f"{problem}: {label}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_is_complete(language):
    """The language has a catalogue, and every entry in it is translated, not fuzzy, placeholders kept."""
    # given
    paths = catalogues(language)
    # when
    found = [problem for path in paths for problem in problems(path)]
    # then
    assert paths, f"no catalogue: locale/{language}/LC_MESSAGES/django.po is missing"
    assert not found, f"{len(found)} problem(s) in the {language} catalogue:\n" + "\n".join(found[:50])
