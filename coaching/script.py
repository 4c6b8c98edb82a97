"""The nine steps of the conversation script (PRODUCT.md, Handling — the conversation script)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ScriptStep(models.TextChoices):
    LISTEN = "listen", _("Listen attentively, without interrupting")
    REPEAT = "repeat", _("Repeat the essence back and confirm it was understood")
    FEELINGS = "feelings", _("Acknowledge the customer's feelings")
    APOLOGISE = "apologise", _("Apologise sincerely, admitting fault only where it is evident")
    WHAT_NEXT = "what_next", _("Say what will be done; offer alternatives")
    PREVENT = "prevent", _("Agree how similar situations will be prevented")
    THANK = "thank", _("Thank the customer for raising it")
    CHECK = "check", _("Check that the solution worked")
    OFFER = "offer", _("Offer a relevant product, service or event")


def script_steps_clean(steps: list[str]) -> list[str]:
    """Known steps only, each once, in script order."""
    chosen = set(steps)
    return [step for step in ScriptStep.values if step in chosen]
