"""How strongly a customer feels, from the words of the complaint: a score from 0 to 1 and its reasons.

PRODUCT.md: "a complaint has a rational and an emotional part". The score adds up evidence
(insults, swearing, strong words, threats to leave or to go to a regulator, a court or the
press, exclamation marks, words in CAPITALS) as independent chances: each reason found
raises the score towards 1 and none can push it past 1. Pure: no ORM.
"""

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LEXICON_PATH = Path(__file__).with_name("lexicon.json")

# How much one reason of each kind adds; a second finding of the same kind adds less (REPEAT).
WEIGHTS = {"swearing": 0.45, "insult": 0.4, "regulator": 0.4, "court": 0.4, "press": 0.3, "leave": 0.3,
           "strong": 0.15, "exclamation": 0.08, "capitals": 0.3}
REPEAT = 0.5
MOST_PER_KIND = 3  # beyond three findings of one kind the text says nothing new
HIGH = 0.55  # from this score on the complaint counts as highly emotional (raises the importance)
MAX_GAP = 2  # words allowed between the words of a phrase: "подам на вас в суд"

WORD = re.compile(r"[\w*]+", re.UNICODE)


@dataclass(frozen=True)
class Reason:
    kind: str  # a lexicon kind, or "exclamation" / "capitals"
    text: str  # what was found, as written


@dataclass(frozen=True)
class Intensity:
    score: float
    reasons: tuple[Reason, ...]

    @property
    def is_high(self) -> bool:
        return self.score >= HIGH


@dataclass(frozen=True)
class Pattern:
    kind: str
    words: tuple[str, ...]  # each a whole word, or a stem when it ends with "*"


@cache
def patterns() -> tuple[Pattern, ...]:
    """Every phrase of every language: a complaint may mix languages, and the scripts do not collide."""
    lexicon = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    found = []
    for language, kinds in lexicon.items():
        if language.startswith("_"):
            continue
        for kind, phrases in kinds.items():
            found.extend(Pattern(kind, tuple(fold(phrase).split())) for phrase in phrases)
    return tuple(found)


@cache
def patterns_by_first_word() -> tuple[dict[str, list[Pattern]], dict[str, list[Pattern]]]:
    """The phrases by their first word, and by its stem: a text is read once, not once per phrase."""
    by_word: dict[str, list[Pattern]] = {}
    by_stem: dict[str, list[Pattern]] = {}
    for pattern in patterns():
        first = pattern.words[0]
        if first.endswith("*"):
            by_stem.setdefault(first[:-1], []).append(pattern)
        else:
            by_word.setdefault(first, []).append(pattern)
    return by_word, by_stem


def fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def word_matches(word: str, pattern: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def phrase_at(words: list[str], start: int, pattern: Pattern) -> int | None:
    """The index of the phrase's last word when it starts at ``start``, else None."""
    if not word_matches(words[start], pattern.words[0]):
        return None
    position = start
    for expected in pattern.words[1:]:
        window = range(position + 1, min(len(words), position + 2 + MAX_GAP))
        position = next((i for i in window if word_matches(words[i], expected)), -1)
        if position < 0:
            return None
    return position


def lexicon_reasons(text: str) -> list[Reason]:
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    words = [fold(text[a:b]) for a, b in spans]
    by_word, by_stem = patterns_by_first_word()
    found = []  # (first word, last word, kind)
    seen: set[Pattern] = set()  # one finding per phrase: repeating a word is not more evidence
    for start, word in enumerate(words):
        candidates = [*by_word.get(word, ())]
        for length in range(1, len(word) + 1):
            candidates.extend(by_stem.get(word[:length], ()))
        for pattern in candidates:
            end = None if pattern in seen else phrase_at(words, start, pattern)
            if end is not None:
                seen.add(pattern)
                found.append((start, end, pattern.kind))
    # "подам в суд" holds "суд": the longest phrase speaks for the words it covers.
    kept: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(found, key=lambda f: f[0] - f[1]):
        if all(end < a or start > b for a, b, _ in kept):
            kept.append((start, end, kind))
    return [Reason(kind, text[spans[start][0]:spans[end][1]]) for start, end, kind in sorted(kept)]


def shouting_reasons(text: str) -> list[Reason]:
    reasons = [Reason("exclamation", run) for run in re.findall(r"[!?]*![!?]*", text)]
    shouted = [w for w in re.findall(r"\w{3,}", text) if w.isupper() and not w.isdigit()]
    # Abbreviations (ЦБ, CFPB, SMS) are short and few; shouting is several long words or most of the text.
    cased = [w for w in re.findall(r"\w{3,}", text) if w.upper() != w.lower()]
    if len(shouted) >= 3 and len(shouted) >= 0.3 * len(cased):
        reasons.append(Reason("capitals", " ".join(shouted[:5])))
    return reasons


def emotional_intensity(text: str) -> Intensity:
    """The score of ``text`` (0 calm … 1 furious) and what it is made of."""
    reasons = lexicon_reasons(text) + shouting_reasons(text)
    calm = 1.0
    seen: dict[str, int] = {}
    for reason in reasons:
        count = seen.get(reason.kind, 0)
        seen[reason.kind] = count + 1
        if count < MOST_PER_KIND:
            calm *= 1 - WEIGHTS[reason.kind] * REPEAT ** count
    return Intensity(score=round(1 - calm, 2), reasons=tuple(reasons))
