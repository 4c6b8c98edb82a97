"""Abstract models shared by the domains."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class TranslatedName(models.Model):
    """A name kept in each interface language; ``name`` picks the viewer's."""

    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_ka = models.CharField(_("name (Georgian)"), max_length=200, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en


class ScheduledRun(models.Model):
    """One time slot of one periodic job, enqueued once however many schedulers run.

    The row and the task it enqueued commit together (the queue is a table of the same
    database); a second scheduler's insert of the same slot fails on the unique constraint.
    """

    job = models.CharField(max_length=100)
    slot = models.DateTimeField()
    task_id = models.CharField(max_length=64)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="scheduled_run_unique_slot")]

    def __str__(self) -> str:
        return f"{self.job} @ {self.slot.isoformat()}"


class ReferenceVersion(models.Model):
    """One row whose token changes with every change of reference data (``complaintdesk.reference_data``)."""

    token = models.CharField(max_length=32)

    def __str__(self) -> str:
        return self.token
