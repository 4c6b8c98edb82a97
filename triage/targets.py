"""What triage suggests, and what it reads of a complaint. Pure: no ORM."""

from django.utils.translation import gettext_lazy as _

# target: the complaint field it fills, and its label on pages
TARGETS = {
    "kind": _("kind"),
    "category": _("product or service"),
    "department": _("department"),
    "importance": _("importance"),
}


def triage_text(*, description: str, emotion: str = "", product: str = "", channel: str = "") -> str:
    """The text the model reads: what happened, how the customer feels, the product, and the channel as a word."""
    parts = [product, description, emotion, f"channel_{channel}" if channel else ""]
    return "\n".join(part for part in parts if part)
