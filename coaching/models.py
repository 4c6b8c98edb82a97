"""The reply coach's rule packs: the phrases not to say and the script's checks, per language, as data.

PRODUCT.md, "What not to say". Every edit bumps the pack's ``version`` (``coaching.services``); a check
records the version it used, and compiled packs are cached per process by (pack, version).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .categories import Category, Severity
from .checker import pattern_error


REGEX_HELP = _("A Python regular expression, case-insensitive. Use stems and alternations for word forms, "
               "e.g. (?:успокой|успокаива)\\w* or (?:calm|settle) down.")


def help_with_regex(text: str) -> str:
    """A field's help followed by how to write a pattern, both translated when shown."""
    return format_lazy("{}{}", text, REGEX_HELP)


class PhrasePack(models.Model):
    """The rules of one language. Only one pack per language is active."""

    language = models.CharField(_("language"), max_length=8, help_text=_("ru, ka, en or another language code."))
    name = models.CharField(_("name"), max_length=200)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    active = models.BooleanField(_("active"), default=True)
    negation = models.CharField(
        _("negation words"), max_length=1000, blank=True, help_text=help_with_regex(_(
            "A rule marked “not when negated” does not apply when one of these comes just before the phrase "
            "in the same clause (“I won't tell you to calm down”). ")))
    thanks = models.CharField(_("thanks"), max_length=1000, blank=True,
                              help_text=help_with_regex(_("How a reply thanks the customer. ")))
    promise = models.CharField(_("promises"), max_length=1000, blank=True,
                               help_text=help_with_regex(_("Words that promise something will be done. ")))
    when = models.CharField(_("dates and times"), max_length=2000, blank=True,
                            help_text=help_with_regex(_("A concrete date or time that makes a promise concrete. ")))
    next_step = models.CharField(_("what happens next"), max_length=1000, blank=True,
                                 help_text=help_with_regex(_("Words saying what will happen next. ")))
    fault = models.CharField(_("admitting fault"), max_length=1000, blank=True,
                             help_text=help_with_regex(_("An apology that admits the company's fault. ")))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("phrase pack")
        verbose_name_plural = _("phrase packs")
        ordering = ["language", "-active", "name"]
        constraints = [
            models.UniqueConstraint(fields=["language"], condition=Q(active=True), name="phrase_pack_one_active"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.language}, v{self.version})"


class PhraseRule(models.Model):
    """One phrase not to say, with its word forms, the reason and a better phrasing."""

    pack = models.ForeignKey(PhrasePack, on_delete=models.CASCADE, related_name="rules", verbose_name=_("pack"))
    category = models.CharField(_("category"), max_length=32, choices=Category.choices)
    severity = models.CharField(_("severity"), max_length=16, choices=Severity.choices, default=Severity.WARNING)
    pattern = models.CharField(_("pattern"), max_length=2000, help_text=REGEX_HELP)
    negatable = models.BooleanField(_("not when negated"), default=False)
    explanation = models.CharField(
        _("explanation"), max_length=1000, blank=True,
        help_text=_("Why not to say it, in the pack's language; empty: the category's explanation."))
    suggestion = models.CharField(_("better phrasing"), max_length=1000, blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("phrase rule")
        verbose_name_plural = _("phrase rules")
        ordering = ["pack", "category", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(category__in=Category.values), name="phrase_rule_category_valid"),
            models.CheckConstraint(condition=Q(severity__in=Severity.values), name="phrase_rule_severity_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.pattern[:60]}"

    def clean(self) -> None:
        error = pattern_error(self.pattern)
        if error:
            raise ValidationError({"pattern": error})
