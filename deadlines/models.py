"""Business calendars and deadline policies, managed by administrators."""

from datetime import time

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from complaints.choices import Importance, Kind, Origin

WEEKDAY_NAMES = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]


class BusinessCalendar(models.Model):
    """Working days and hours in a time zone, with a country's public holidays and the company's own days."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="Asia/Tbilisi",
                                 help_text=_("An IANA time zone name, e.g. Asia/Tbilisi or Europe/Moscow."))
    country = models.CharField(_("country of public holidays"), max_length=2, blank=True,
                               help_text=_("Two-letter country code, e.g. GE or RU; empty for none."))
    subdivision = models.CharField(_("region"), max_length=10, blank=True)
    working_weekdays = models.JSONField(_("working weekdays"), default=list,
                                        help_text=_("Numbers of the working weekdays, Monday = 0."))
    day_start = models.TimeField(_("working day starts"), default=time(9, 0))
    day_end = models.TimeField(_("working day ends"), default=time(18, 0))
    is_default = models.BooleanField(_("the company's default calendar"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("business calendar")
        verbose_name_plural = _("business calendars")
        constraints = [
            models.UniqueConstraint(fields=["is_default"], condition=Q(is_default=True),
                                    name="business_calendar_one_default"),
            models.CheckConstraint(condition=Q(day_start__lt=models.F("day_end")),
                                   name="business_calendar_day_order"),
        ]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from zoneinfo import available_timezones

        import holidays

        if self.time_zone not in available_timezones():
            raise ValidationError({"time_zone": _("Unknown time zone “%(zone)s”.") % {"zone": self.time_zone}})
        if self.country and self.country.upper() not in holidays.list_supported_countries():
            raise ValidationError({"country": _("No public holidays are known for “%(code)s”.")
                                   % {"code": self.country}})
        if any(day not in range(7) for day in self.working_weekdays or []):
            raise ValidationError({"working_weekdays": _("Use numbers from 0 (Monday) to 6 (Sunday).")})


class CalendarDay(models.Model):
    """A company's own exception: an extra day off, or a day off made a working day."""

    class Kind(models.TextChoices):
        DAY_OFF = "day_off", _("Day off")
        WORKING_DAY = "working_day", _("Working day")

    calendar = models.ForeignKey(BusinessCalendar, on_delete=models.CASCADE, related_name="days")
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        constraints = [
            models.UniqueConstraint(fields=["calendar", "date"], name="calendar_day_unique"),
            models.CheckConstraint(condition=Q(kind__in=["day_off", "working_day"]), name="calendar_day_kind_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()}"


class DeadlinePolicy(models.Model):
    """How long the solution may take, for complaints matching kind, origin and importance.

    An empty criterion matches anything; the most specific matching policy wins.
    """

    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, blank=True)
    origin = models.CharField(_("origin"), max_length=16, choices=Origin.choices, blank=True)
    importance = models.CharField(_("importance"), max_length=16, choices=Importance.choices, blank=True)
    solution_business_days = models.PositiveSmallIntegerField(_("business days to the solution"), default=3)
    first_contact_business_hours = models.DecimalField(
        _("working hours to the first contact"), max_digits=5, decimal_places=2, null=True, blank=True)
    pause_while_waiting = models.BooleanField(_("pause while waiting for the customer"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("deadline policy")
        verbose_name_plural = _("deadline policies")
        constraints = [
            models.UniqueConstraint(fields=["kind", "origin", "importance"], name="deadline_policy_unique"),
            models.CheckConstraint(condition=Q(solution_business_days__gte=1), name="deadline_policy_days_positive"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def specificity(self) -> int:
        return sum(bool(value) for value in (self.kind, self.origin, self.importance))
