"""Administrators keep the business calendars (with the company's own days) and the deadline policies."""

from django import forms
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import WEEKDAY_NAMES, BusinessCalendar, CalendarDay, DeadlinePolicy

MONDAY_TO_FRIDAY = [0, 1, 2, 3, 4]


class BusinessCalendarForm(forms.ModelForm):
    """``working_weekdays`` (a JSON list of numbers, Monday = 0) as one checkbox per weekday."""

    working_weekdays = forms.TypedMultipleChoiceField(
        label=_("working weekdays"), coerce=int, initial=MONDAY_TO_FRIDAY,
        choices=[(number, name) for number, name in enumerate(WEEKDAY_NAMES)],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one working weekday.")},
    )

    class Meta:
        model = BusinessCalendar
        fields = ("name", "is_default", "time_zone", "country", "subdivision", "working_weekdays",
                  "day_start", "day_end")

    def clean_country(self) -> str:
        return self.cleaned_data["country"].strip().upper()

    def clean_working_weekdays(self) -> list[int]:
        return sorted(set(self.cleaned_data["working_weekdays"]))

    def clean(self) -> dict:
        # Say in words what the database constraints would only refuse by name.
        data = super().clean()
        start, end = data.get("day_start"), data.get("day_end")
        if start and end and start >= end:
            self.add_error("day_end", _("The working day must end after it starts."))
        if data.get("is_default"):
            other = BusinessCalendar.objects.filter(is_default=True).exclude(pk=self.instance.pk).first()
            if other is not None:
                self.add_error("is_default", _("“%(name)s” is the company's default calendar already: "
                                               "untick it there first.") % {"name": other.name})
        return data


class CalendarDayInline(admin.TabularInline):
    """The company's own days: extra days off, and days off made working days."""

    model = CalendarDay
    fields = ("date", "kind", "note")
    extra = 1
    verbose_name = _("company day")
    verbose_name_plural = _("company days: extra days off and extra working days")


@admin.register(BusinessCalendar)
class BusinessCalendarAdmin(admin.ModelAdmin):
    form = BusinessCalendarForm
    list_display = ("name", "is_default", "time_zone", "country", "working_hours", "next_60_days")
    search_fields = ("name",)
    inlines = [CalendarDayInline]

    @admin.display(description=_("working hours"))
    def working_hours(self, calendar: BusinessCalendar) -> str:
        return f"{calendar.day_start:%H:%M}–{calendar.day_end:%H:%M}"

    @admin.display(description=_("the next 60 days"))
    def next_60_days(self, calendar: BusinessCalendar) -> str:
        return format_html('<a href="{}">{}</a>', self.view_on_site(calendar), _("Show the next 60 days"))

    def view_on_site(self, calendar: BusinessCalendar) -> str:
        return reverse("web:calendar", kwargs={"calendar_id": calendar.pk})


@admin.register(DeadlinePolicy)
class DeadlinePolicyAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "origin", "importance", "solution_business_days",
                    "first_contact_business_hours", "pause_while_waiting")
    list_filter = ("kind", "origin", "importance", "pause_while_waiting")
    search_fields = ("name",)
    fields = ("name", ("kind", "origin", "importance"), "solution_business_days", "first_contact_business_hours",
              "pause_while_waiting")
