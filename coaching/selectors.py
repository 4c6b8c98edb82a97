"""Reads of the reply coach: the active pack of a language, compiled once per version, and a check."""

from dataclasses import dataclass, field

from django.utils.translation import get_language

from complaints.choices import Validity
from complaints.models import Complaint

from .checker import CompiledPack, Finding, PackSpec, RuleSpec, pack_cached, pack_compile, reply_check
from .language import language_detect
from .models import PhrasePack

PACK_FIELDS = ("negation", "thanks", "promise", "when", "next_step", "fault")
MAX_TEXT = 10000


@dataclass(frozen=True)
class CoachResult:
    language: str
    pack_version: int | None
    findings: list[Finding] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"language": self.language, "pack_version": self.pack_version,
                "findings": [finding.as_dict() for finding in self.findings]}


def phrase_pack_spec(pack: PhrasePack) -> PackSpec:
    rules = tuple(
        RuleSpec(id=rule.pk, category=rule.category, severity=rule.severity, pattern=rule.pattern,
                 negatable=rule.negatable, explanation=rule.explanation, suggestion=rule.suggestion)
        for rule in pack.rules.filter(active=True).order_by("id")
    )
    return PackSpec(id=pack.pk, language=pack.language, version=pack.version, rules=rules,
                    stamp=pack.updated_at.isoformat(),
                    **{name: getattr(pack, name) for name in PACK_FIELDS})


def phrase_pack_compiled(*, language: str) -> CompiledPack | None:
    """The active pack of ``language``: one indexed query for its version, the rules only when it changed."""
    row = (PhrasePack.objects.filter(language=language, active=True)
           .values_list("pk", "version", "updated_at").first())
    if row is None:
        return None
    compiled = pack_cached(row[0], row[1], row[2].isoformat())
    if compiled is None:
        pack = PhrasePack.objects.get(pk=row[0])
        compiled = pack_compile(phrase_pack_spec(pack))
    return compiled


def reply_language(*, text: str, language: str = "", complaint: Complaint | None = None) -> str:
    """The reply's language: as given, else as written, else the customer's, else the page's."""
    chosen = (language or "").strip().lower()
    return (chosen or language_detect(text) or (complaint.language if complaint else "")
            or (get_language() or "en"))[:8]


def reply_coach(*, text: str, language: str = "", complaint: Complaint | None = None,
                whole_reply: bool = True) -> CoachResult:
    """The coach's findings on a reply. Admitting fault is right once the complaint is judged justified."""
    text = text[:MAX_TEXT]
    language = reply_language(text=text, language=language, complaint=complaint)
    pack = phrase_pack_compiled(language=language) or phrase_pack_compiled(language=language.split("-")[0])
    if pack is None:
        return CoachResult(language=language, pack_version=None)
    admissible = complaint is not None and complaint.validity in (Validity.JUSTIFIED, Validity.PARTIAL)
    findings = reply_check(text=text, pack=pack, fault_admissible=admissible, whole_reply=whole_reply)
    return CoachResult(language=language, pack_version=pack.spec.version, findings=findings)
