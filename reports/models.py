"""Month-by-department counts behind the trends, kept so a 12- or 24-month trend reads a few hundred rows.

Rows are written only for months that have ended, from the same SQL aggregates the live report
uses (``reports.selectors.rollup``), and recomputed when older than a day: a past month changes
only when one of its complaints is reopened. The current month is always counted live.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MonthFigures(models.Model):
    month = models.DateField(_("month"))  # its first day, in the company's time zone
    department = models.ForeignKey("routing.Department", on_delete=models.CASCADE, related_name="+")
    received = models.PositiveIntegerField(default=0)
    closed = models.PositiveIntegerField(default=0)
    on_time = models.PositiveIntegerField(default=0)
    satisfied = models.PositiveIntegerField(default=0)
    rated = models.PositiveIntegerField(default=0)
    loyal = models.PositiveIntegerField(default=0)
    loyalty_known = models.PositiveIntegerField(default=0)
    justified = models.PositiveIntegerField(default=0)
    partial = models.PositiveIntegerField(default=0)
    unjustified = models.PositiveIntegerField(default=0)
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("month figures")
        verbose_name_plural = _("month figures")
        constraints = [models.UniqueConstraint(fields=["month", "department"], name="month_figures_unique")]

    def __str__(self) -> str:
        return f"{self.month:%Y-%m} {self.department_id}"
