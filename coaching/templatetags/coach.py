"""The coach's findings on a page: category names, and the reply with the findings marked."""

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from coaching.categories import Category

register = template.Library()


@register.filter
def coach_category(value: str) -> str:
    try:
        return str(Category(value).label)
    except ValueError:
        return value


@register.filter
def coach_fragment(text: str, finding: dict) -> str:
    return text[finding["start"]:finding["end"]]


@register.filter
def coach_highlight(text: str, findings: list[dict]) -> SafeString:
    """``text`` escaped, each finding's span in ``<mark>`` (overlapping spans merged), newlines kept."""
    spans: list[list] = []
    for finding in sorted(findings, key=lambda f: (f["start"], f["end"])):
        if finding["end"] <= finding["start"]:
            continue
        if spans and finding["start"] < spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], finding["end"])
            spans[-1][2].append(finding["category"])
        else:
            spans.append([finding["start"], finding["end"], [finding["category"]]])
    parts, position = [], 0
    for start, end, categories in spans:
        parts.append(escape(text[position:start]))
        title = escape("; ".join(dict.fromkeys(coach_category(c) for c in categories)))
        parts.append(f'<mark class="coach-mark" title="{title}">{escape(text[start:end])}</mark>')
        position = end
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts).replace("\n", "<br>"))  # noqa: S308 — every piece is escaped above
