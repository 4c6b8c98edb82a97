"""The reply checker: the phrases not to say and the script's whole-reply checks. Pure: no ORM.

A pack arrives as a ``PackSpec`` (plain data, ``coaching.selectors``); ``pack_compile`` turns it into
regular expressions once per (pack, version) and process. ``reply_check`` then costs a few regex scans.
"""

import re
from collections import OrderedDict
from dataclasses import asdict, dataclass
from threading import Lock

from django.utils import translation
from django.utils.translation import gettext as _

from .categories import EXPLANATIONS, SUGGESTIONS, Category, Severity

FLAGS = re.IGNORECASE | re.UNICODE
CLAUSE_END = re.compile(r"[.!?;:,\n—–]")  # quotes stay: "I won't say «calm down»"
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*", re.UNICODE)
NEGATION_WORDS = 4  # how far back a negation reaches within its clause
CACHE_SIZE = 32


@dataclass(frozen=True)
class RuleSpec:
    id: int
    category: str
    severity: str
    pattern: str
    negatable: bool = False
    explanation: str = ""
    suggestion: str = ""


@dataclass(frozen=True)
class PackSpec:
    id: int
    language: str
    version: int
    rules: tuple[RuleSpec, ...]
    stamp: str = ""  # when this version was saved: a recreated pack never reuses a stale compilation
    negation: str = ""
    thanks: str = ""
    promise: str = ""
    when: str = ""
    next_step: str = ""
    fault: str = ""


@dataclass(frozen=True)
class Finding:
    start: int
    end: int
    category: str
    severity: str
    explanation: str
    suggestion: str
    rule: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class CompiledPack:
    spec: PackSpec
    rules: tuple[tuple[RuleSpec, re.Pattern], ...]
    negation: re.Pattern | None
    thanks: re.Pattern | None
    promise: re.Pattern | None
    when: re.Pattern | None
    next_step: re.Pattern | None
    fault: re.Pattern | None


def pattern_error(pattern: str) -> str:
    """A translated reason when ``pattern`` is not a valid regular expression, else ""."""
    try:
        re.compile(pattern, FLAGS)
    except re.error as exc:
        return _("Not a valid regular expression: %(error)s") % {"error": exc}
    return ""


def _optional(pattern: str) -> re.Pattern | None:
    return re.compile(pattern, FLAGS) if pattern.strip() else None


_cache: OrderedDict[tuple[int, int, str], CompiledPack] = OrderedDict()
_lock = Lock()


def pack_compile(spec: PackSpec) -> CompiledPack:
    """The compiled pack, built once per (pack, version) in this process; a new version compiles anew."""
    key = (spec.id, spec.version, spec.stamp)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    compiled = CompiledPack(
        spec=spec, rules=tuple((rule, re.compile(rule.pattern, FLAGS)) for rule in spec.rules),
        negation=_optional(spec.negation), thanks=_optional(spec.thanks), promise=_optional(spec.promise),
        when=_optional(spec.when), next_step=_optional(spec.next_step), fault=_optional(spec.fault),
    )
    with _lock:
        _cache[key] = compiled
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return compiled


def negated(text: str, start: int, negation: re.Pattern | None) -> bool:
    """Whether a negation word stands just before ``start``, in the same clause ("I won't tell you to …")."""
    if negation is None:
        return False
    clause_start = 0
    for match in CLAUSE_END.finditer(text, max(0, start - 200), start):
        clause_start = match.end()
    words = text[clause_start:start].split()[-NEGATION_WORDS:]
    return any(negation.fullmatch(word.strip(".,!?'’\"")) for word in words)


def phrase_findings(text: str, pack: CompiledPack) -> list[Finding]:
    found = []
    for rule, regex in pack.rules:
        for match in regex.finditer(text):
            if match.end() == match.start():
                continue
            if rule.negatable and negated(text, match.start(), pack.negation):
                continue
            found.append(Finding(
                start=match.start(), end=match.end(), category=rule.category, severity=rule.severity,
                explanation=rule.explanation or str(EXPLANATIONS[Category(rule.category)]),
                suggestion=rule.suggestion, rule=rule.id,
            ))
    return found


def _script_finding(category: Category, severity: Severity, language: str, start: int = 0,
                    end: int = 0) -> Finding:
    with translation.override(language):
        suggestion = str(SUGGESTIONS[category])
    return Finding(start=start, end=end, category=category.value, severity=severity.value,
                   explanation=str(EXPLANATIONS[category]), suggestion=suggestion)


def promise_findings(text: str, pack: CompiledPack) -> list[Finding]:
    """Each promise with no date or time in its sentence or the next one."""
    if pack.promise is None or pack.when is None:
        return []
    sentences = [(m.start(), m.group()) for m in SENTENCE.finditer(text)]
    found = []
    for index, (offset, sentence) in enumerate(sentences):
        # "We cannot refund" promises nothing: a negated promise is no promise.
        promise = next((m for m in pack.promise.finditer(sentence)
                        if not negated(sentence, m.start(), pack.negation)), None)
        if promise is None:
            continue
        following = sentences[index + 1][1] if index + 1 < len(sentences) else ""
        if pack.when.search(sentence) or pack.when.search(following):
            continue
        found.append(_script_finding(Category.PROMISE_WITHOUT_DATE, Severity.WARNING, pack.spec.language,
                                     offset + promise.start(), offset + promise.end()))
    return found


def script_findings(text: str, pack: CompiledPack, *, fault_admissible: bool) -> list[Finding]:
    """The whole reply against the script: thanks, dated promises, fault only when justified, next step."""
    language = pack.spec.language
    found = promise_findings(text, pack)
    if pack.fault is not None and not fault_admissible:
        found += [_script_finding(Category.FAULT_TOO_EARLY, Severity.WARNING, language, m.start(), m.end())
                  for m in pack.fault.finditer(text)]
    if pack.thanks is not None and not pack.thanks.search(text):
        found.append(_script_finding(Category.NO_THANKS, Severity.ADVICE, language))
    if pack.next_step is not None and not pack.next_step.search(text):
        found.append(_script_finding(Category.NO_NEXT_STEP, Severity.ADVICE, language))
    return found


def reply_check(*, text: str, pack: CompiledPack, fault_admissible: bool = False,
                whole_reply: bool = True) -> list[Finding]:
    """Everything to reconsider in ``text``, by position. ``fault_admissible``: the complaint is judged
    (partially) justified, so admitting the company's fault is right (PRODUCT.md, script step 4)."""
    found = phrase_findings(text, pack)
    if whole_reply and text.strip():
        found += script_findings(text, pack, fault_admissible=fault_admissible)
    return sorted(found, key=lambda finding: (finding.start, finding.end, finding.category))


def pack_cached(pack_id: int, version: int, stamp: str) -> CompiledPack | None:
    """The compiled pack of this version, if this process has it already."""
    with _lock:
        return _cache.get((pack_id, version, stamp))
