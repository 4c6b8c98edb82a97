"""What the coach finds, how serious it is, and why it matters (PRODUCT.md, "What not to say" and the script)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Category(models.TextChoices):
    # Phrases not to say: the packs' rules.
    POLICY = "policy", _("Hiding behind policy")
    PASSING_ON = "passing_on", _("Passing to someone else without a reason")
    VAGUE_REASSURANCE = "vague_reassurance", _("“Calm down”, “don't worry”")
    BLAME = "blame", _("Blaming the customer")
    DEFENSIVE = "defensive", _("“Not my fault”")
    VAGUE_PROMISE = "vague_promise", _("A promise without a date")
    JUDGING = "judging", _("Judging the customer")
    # The whole reply against the script.
    NO_THANKS = "no_thanks", _("No thanks to the customer")
    PROMISE_WITHOUT_DATE = "promise_without_date", _("Something is promised without a date or time")
    FAULT_TOO_EARLY = "fault_too_early", _("Fault admitted before the complaint is judged")
    NO_NEXT_STEP = "no_next_step", _("Does not say what happens next")


class Severity(models.TextChoices):
    ADVICE = "advice", _("Advice")
    WARNING = "warning", _("Warning")


EXPLANATIONS = {
    Category.POLICY: _("“According to our policy” sounds like hiding behind rules. Explain the reason in plain "
                       "words and say what you can do."),
    Category.PASSING_ON: _("Passing the customer on without a reason feels like being got rid of. Say who will "
                           "help and why that person."),
    Category.VAGUE_REASSURANCE: _("“Calm down” and “don't worry” dismiss the customer's feelings and promise "
                                  "nothing. Acknowledge the feeling and say what will be done."),
    Category.BLAME: _("Blaming the customer ends the conversation. Describe what happened without judging."),
    Category.DEFENSIVE: _("“Not my fault” defends you, not the customer. Take ownership of the next step."),
    Category.VAGUE_PROMISE: _("“Soon” or “as soon as possible” is not a promise the customer can check. "
                              "Give a date or a time."),
    Category.JUDGING: _("Judging the customer's words or actions makes them defend themselves. Speak from facts."),
    Category.NO_THANKS: _("Thank the customer for raising it (step 7 of the conversation script)."),
    Category.PROMISE_WITHOUT_DATE: _("Wherever you promise something, say when: a date or a time, so the "
                                     "customer knows how long it will take."),
    Category.FAULT_TOO_EARLY: _("The complaint is not judged justified yet: apologise for the customer's "
                                "experience, do not admit the company's fault before the facts are known."),
    Category.NO_NEXT_STEP: _("Say what happens next: what will be done, by whom and when "
                             "(step 5 of the conversation script)."),
}

# Suggestions of the whole-reply checks; shown in the reply's language (the rules carry their own).
SUGGESTIONS = {
    Category.NO_THANKS: _("Thank you for letting us know."),
    Category.PROMISE_WITHOUT_DATE: _("We will do it by Friday, 25 November, 18:00."),
    Category.FAULT_TOO_EARLY: _("I am sorry this happened to you; we are looking into it."),
    Category.NO_NEXT_STEP: _("Next, our engineer will call you tomorrow before 12:00."),
}
