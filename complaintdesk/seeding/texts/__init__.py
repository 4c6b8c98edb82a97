"""The languages seeded complaints are written in, each a ``LanguageTexts``."""

from .base import Contact, LanguageTexts
from .en import TEXTS as EN
from .ka import TEXTS as KA
from .ru import TEXTS as RU

LANGUAGES: tuple[LanguageTexts, ...] = (RU, KA, EN)

__all__ = ["LANGUAGES", "Contact", "LanguageTexts"]
