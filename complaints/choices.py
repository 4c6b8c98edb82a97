"""The classifications of PRODUCT.md, as translated choices shared by models, forms and the API."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Kind(models.TextChoices):
    """PRODUCT.md, What counts as a complaint: only a complaint stays in complaint handling."""

    COMPLAINT = "complaint", _("Complaint")
    OBJECTION = "objection", _("Objection")
    INQUIRY = "inquiry", _("Inquiry")
    INTEREST = "interest", _("Interest")


class Origin(models.TextChoices):
    EXTERNAL = "external", _("External (customer)")
    INTERNAL = "internal", _("Internal (appeal to QMS)")


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone")
    IN_PERSON = "in_person", _("In person")
    EMAIL = "email", _("E-mail")
    LETTER = "letter", _("Letter")
    WEB = "web", _("Web form")
    MESSENGER = "messenger", _("Messenger")
    SOCIAL = "social", _("Social media")
    INTERNAL = "internal", _("Employee report")
    API = "api", _("API")


class Status(models.TextChoices):
    NEW = "new", pgettext_lazy("complaint status", "New")
    IN_PROGRESS = "in_progress", pgettext_lazy("complaint status", "In progress")
    PROPOSED = "proposed", pgettext_lazy("complaint status", "Solution proposed")
    ACCEPTED = "accepted", pgettext_lazy("complaint status", "Solution accepted")
    CLOSED = "closed", pgettext_lazy("complaint status", "Closed")
    HANDED_OFF = "handed_off", pgettext_lazy("complaint status", "Handed off")


OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.PROPOSED, Status.ACCEPTED)


class Importance(models.TextChoices):
    LOW = "low", _("Low")
    NORMAL = "normal", _("Normal")
    HIGH = "high", _("High")
    CRITICAL = "critical", _("Critical")


class Validity(models.TextChoices):
    JUSTIFIED = "justified", _("Justified")
    PARTIAL = "partial", _("Partially justified")
    UNJUSTIFIED = "unjustified", _("Unjustified")


class Satisfaction(models.TextChoices):
    SATISFIED = "satisfied", _("Satisfied")
    PARTLY = "partly", _("Partly satisfied")
    NOT_SATISFIED = "not_satisfied", _("Not satisfied")


class Loyalty(models.TextChoices):
    """Will the customer keep working with us: kept apart from satisfaction (PRODUCT.md)."""

    YES = "yes", _("Will keep working with us")
    NO = "no", _("Will leave")
    UNDECIDED = "undecided", _("Undecided")


class DesiredOutcome(models.TextChoices):
    REPLACEMENT = "replacement", _("Replacement")
    REFUND = "refund", _("Refund")
    EXCHANGE = "exchange", _("Exchange")
    STORE_CREDIT = "store_credit", _("Store credit")
    DISCOUNT = "discount", _("Discount")
    REPAIR = "repair", _("Repair or redo the work")
    APOLOGY = "apology", _("An apology and an explanation")
    OTHER = "other", _("Something else")


class HandOff(models.TextChoices):
    """Where appeals that are not complaints go (PRODUCT.md: objections are for sales)."""

    SALES = "sales", _("Sales")
    SUPPORT = "support", _("Support")


HANDED_OFF_TO = {
    HandOff.SALES: _("Handed off to sales"),
    HandOff.SUPPORT: _("Handed off to support"),
}


class CategoryDimension(models.TextChoices):
    CAUSE = "cause", _("By cause")
    SUBJECT = "subject", _("By product or service")
