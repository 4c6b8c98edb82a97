"""The language a customer wrote in: the Unicode script first, then lingua for Cyrillic and Latin text.

PRODUCT.md: "Record the customer's language"; "if language is a problem, find someone who speaks
the customer's language". Pure (no ORM). Scripts that belong to one language (Georgian, Armenian,
Greek, Hebrew…) decide alone; Cyrillic and Latin text goes to a lingua detector built, once per
process and lazily, from only the languages of ``COMPLAINTDESK_DETECT_LANGUAGES`` written in that
script, so its models stay small (``COMPLAINTDESK_DETECT_ACCURACY``: ``low`` adds about 10 MB to a
process, ``high`` about 190 MB for the default languages; ``manage.py coach_bench`` prints it).

Decisions:
- Latin letters in a text mostly in another script are brand names, addresses or links
  ("ჩემი iPhone არ მუშაობს" is Georgian): a non-Latin script with a quarter of the letters wins.
- Russian in Latin letters ("zdravstvuyte, ne rabotaet internet") is Russian when at least two of
  its common words appear; lingua alone would call it German or Turkish.
- When lingua cannot tell two languages apart (a short or ambiguous text) the answer is "" and
  the caller keeps its fallback (the page's language, the employee's choice).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from functools import cache

from django.conf import settings

# One language per script: the script decides.
SCRIPT_LANGUAGE = {
    "GEORGIAN": "ka", "ARMENIAN": "hy", "GREEK": "el", "HEBREW": "he", "THAI": "th", "HANGUL": "ko",
    "HIRAGANA": "ja", "KATAKANA": "ja", "DEVANAGARI": "hi", "BENGALI": "bn", "TAMIL": "ta",
}
# Scripts shared by many languages: lingua decides among the configured ones.
SHARED_SCRIPTS = ("CYRILLIC", "LATIN", "ARABIC", "CJK")
SCRIPT_DEFAULT = {"ARABIC": "ar", "CJK": "zh"}
CYRILLIC_LANGUAGES = {"ru", "uk", "be", "bg", "sr", "mk", "kk", "mn"}
FOREIGN_SCRIPT_SHARE = 0.25
MIN_RELATIVE_DISTANCE = 0.2  # lingua's top two scores closer than this: undecided
TRANSLIT_RUSSIAN = frozenset({
    "zdravstvuyte", "zdravstvuite", "zdravstvujte", "privet", "pozhaluysta", "pozhalujsta", "pojaluista",
    "spasibo", "menya", "mne", "rabotaet", "pochemu", "segodnya", "vchera", "zavtra", "nichego", "ochen",
    "dengi", "den'gi", "vernite", "khochu", "hochu", "uzhe", "sejchas", "seychas", "nikto", "eto", "kogda",
    "skolko", "problema", "zakaz", "dostavka", "vy", "vas", "vam", "ya", "ne", "net", "chto", "kak",
})
# Words that also exist in English or elsewhere count only beside a distinctive one.
TRANSLIT_COMMON = frozenset({"ne", "net", "ya", "vy", "vas", "vam", "eto", "kak", "mne", "problema"})
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_lock = threading.Lock()


def letter_script(char: str) -> str:
    """The script of one letter by its Unicode name: "LATIN", "CYRILLIC", "GEORGIAN", "CJK"…"""
    name = unicodedata.name(char, "")
    first = name.split(" ", 1)[0]
    if first in ("CJK", "HIRAGANA", "KATAKANA"):
        return "CJK" if first == "CJK" else first
    return first


def scripts_of(text: str) -> Counter[str]:
    return Counter(letter_script(char) for char in text if char.isalpha())


def dominant_script(text: str) -> str:
    """The script of most letters, except that Latin gives way to another script holding a quarter of them."""
    counts = scripts_of(text)
    if not counts:
        return ""
    total = sum(counts.values())
    others = [(count, script) for script, count in counts.items() if script != "LATIN"]
    if others:
        count, script = max(others)
        if count / total >= FOREIGN_SCRIPT_SHARE:
            return script
    return counts.most_common(1)[0][0]


def configured_languages() -> list[str]:
    return [code.strip().lower() for code in settings.COMPLAINTDESK_DETECT_LANGUAGES if code.strip()]


def script_candidates(script: str) -> tuple[str, ...]:
    """The configured languages written in ``script``."""
    configured = configured_languages()
    if script == "CYRILLIC":
        return tuple(code for code in configured if code in CYRILLIC_LANGUAGES)
    if script == "LATIN":
        return tuple(code for code in configured if code not in CYRILLIC_LANGUAGES
                     and code not in SCRIPT_LANGUAGE.values() and code not in ("ar", "fa", "ur", "zh", "ja"))
    return ()


@cache
def _detector(languages: tuple[str, ...], accuracy: str):  # noqa: ANN202 — lingua has no type stubs
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages if hasattr(IsoCode639_1, code.upper())]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if accuracy != "high":
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def detector_for(languages: tuple[str, ...]):  # noqa: ANN201
    """The lingua detector for these languages, built once per process (thread-safe)."""
    with _lock:
        return _detector(languages, settings.COMPLAINTDESK_DETECT_ACCURACY)


def lingua_pick(text: str, languages: tuple[str, ...]) -> str:
    if len(languages) == 1:
        return languages[0]
    if not languages:
        return ""
    scores = detector_for(languages).compute_language_confidence_values(text)
    if not scores or scores[0].value <= 0:
        return ""
    runner_up = scores[1].value if len(scores) > 1 else 0.0
    if scores[0].value - runner_up < MIN_RELATIVE_DISTANCE:
        return ""
    return scores[0].language.iso_code_639_1.name.lower()


def transliterated_russian(text: str) -> bool:
    words = {word.lower() for word in WORD.findall(text)}
    hits = words & TRANSLIT_RUSSIAN
    return len(hits) >= 2 and bool(hits - TRANSLIT_COMMON)


def language_detect(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in, or "" when it cannot be told."""
    script = dominant_script(text)
    if script in SCRIPT_LANGUAGE:
        return SCRIPT_LANGUAGE[script]
    if script not in SHARED_SCRIPTS:
        return ""
    if script == "LATIN" and "ru" in configured_languages() and transliterated_russian(text):
        return "ru"
    candidates = script_candidates(script)
    if not candidates:
        return SCRIPT_DEFAULT.get(script, "")
    return lingua_pick(text, candidates)


def customer_language(*, chosen: str, texts: list[str], fallback: str) -> str:
    """An explicit choice stays; otherwise the language of what the customer wrote; otherwise ``fallback``."""
    chosen = (chosen or "").strip().lower()
    if chosen:
        return chosen
    detected = language_detect("\n".join(text for text in texts if text))
    return detected or (fallback or settings.LANGUAGE_CODE).strip().lower()
