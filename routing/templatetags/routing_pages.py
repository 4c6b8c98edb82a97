"""Names of languages and of departments kept in a timeline entry, in the reader's language."""

from django import template
from django.utils.translation import get_language, get_language_info

register = template.Library()


@register.filter
def language_name(code: str | None) -> str:
    """"Georgian" for ``ka`` in the active language; an unknown code stays as it is."""
    code = (code or "").strip().lower()
    for candidate in (code, code.split("-")[0]):
        try:
            return str(get_language_info(candidate)["name_translated"])
        except KeyError:
            continue
    return code


@register.filter
def language_names(codes: list[str] | None) -> str:
    return ", ".join(language_name(code) for code in codes or [])


@register.filter
def localized(names: dict[str, str] | str | None) -> str:
    """The name for the active language from a ``{"en": …, "ru": …, "ka": …}`` mapping."""
    if not isinstance(names, dict):
        return names or ""
    return names.get((get_language() or "en")[:2]) or names.get("en") or ""
