"""The events a webhook subscription can ask for; no ORM, so the workflow can import it freely."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Event(models.TextChoices):
    REGISTERED = "registered", _("Registered")
    ASSIGNED = "assigned", _("Assigned")
    PROPOSED = "proposed", _("Solution proposed")
    ACCEPTED = "accepted", _("Solution accepted")
    REJECTED = "rejected", _("Solution rejected")
    CLOSED = "closed", _("Closed")
    OVERDUE = "overdue", _("Overdue")
    REOPENED = "reopened", _("Reopened")


# Sent only by the admin's "send a test ping"; no subscription asks for it.
PING = "ping"
