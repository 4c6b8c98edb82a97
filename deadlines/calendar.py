"""Business days and business time: pure, no ORM.

A ``WorkCalendar`` knows a time zone, the working weekdays and hours, the public
holidays of a country (from the ``holidays`` package, including moved working
days such as Russia's working Saturdays) and a company's own extra days off and
extra working days.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

import holidays

MAX_SEARCH_DAYS = 366  # no calendar has a year without a working day


@dataclass(frozen=True)
class WorkCalendar:
    time_zone: str = "UTC"
    country: str = ""
    subdivision: str = ""
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday is 0
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    extra_days_off: frozenset[date] = frozenset()
    extra_working_days: frozenset[date] = frozenset()
    _public: dict = field(default_factory=dict, compare=False, hash=False, repr=False)
    _prefix: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def public_holidays(self, year: int) -> holidays.HolidayBase | None:
        if not self.country:
            return None
        if year not in self._public:
            self._public[year] = holidays.country_holidays(
                self.country, subdiv=self.subdivision or None, years=year
            )
        return self._public[year]

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.extra_days_off:
            return False
        public = self.public_holidays(day.year)
        if public is not None:
            if day in public.weekend_workdays:
                return True
            if day in public:
                return False
        return day.weekday() in self.weekdays

    def working_days_before(self, day: date) -> int:
        """How many working days of ``day``'s year come before it (cached per year)."""
        if day.year not in self._prefix:
            first = date(day.year, 1, 1)
            length = (date(day.year + 1, 1, 1) - first).days
            counts, total = [], 0
            for offset in range(length):
                counts.append(total)
                total += self.is_working_day(first + timedelta(days=offset))
            counts.append(total)
            self._prefix[day.year] = counts
        return self._prefix[day.year][day.timetuple().tm_yday - 1]

    def working_days_in_range(self, start: date, end: date) -> int:
        """Working days from ``start`` up to, not including, ``end``."""
        if end <= start:
            return 0
        if start.year == end.year:
            return self.working_days_before(end) - self.working_days_before(start)
        total = self.working_days_before(date(start.year, 12, 31)) - self.working_days_before(start)
        total += self.is_working_day(date(start.year, 12, 31))
        for year in range(start.year + 1, end.year):
            total += self.working_days_before(date(year, 12, 31)) + self.is_working_day(date(year, 12, 31))
        return total + self.working_days_before(end)

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        for offset in range(1, MAX_SEARCH_DAYS + 1):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError("the calendar has no working day within a year")

    def day_bounds(self, day: date) -> tuple[datetime, datetime]:
        """The start and end of working hours on ``day``, as aware datetimes in the calendar's zone."""
        return (datetime.combine(day, self.day_start, tzinfo=self.zone),
                datetime.combine(day, self.day_end, tzinfo=self.zone))


def registration_day(moment: datetime, calendar: WorkCalendar) -> date:
    """The working day a registration counts from: its own day, or the next working day."""
    day = moment.astimezone(calendar.zone).date()
    return day if calendar.is_working_day(day) else calendar.next_working_day(day)


def end_of_nth_business_day(moment: datetime, days: int, calendar: WorkCalendar) -> datetime:
    """The end of the ``days``-th working day after the day of ``moment``.

    PRODUCT.md, Deadlines: the solution is due by the end of the third business day
    after the day of registration; registration on a non-working day counts from the
    next working day.
    """
    day = registration_day(moment, calendar)
    for _ in range(days):
        day = calendar.next_working_day(day)
    return calendar.day_bounds(day)[1]


def add_business_hours(moment: datetime, hours: float, calendar: WorkCalendar) -> datetime:
    """``moment`` plus ``hours`` of working time (e.g. first contact within 2 working hours)."""
    remaining = timedelta(hours=hours)
    local = moment.astimezone(calendar.zone)
    day = local.date()
    if not calendar.is_working_day(day):
        day = calendar.next_working_day(day)
        local = calendar.day_bounds(day)[0]
    while True:
        start, end = calendar.day_bounds(day)
        current = max(local, start)
        if current < end:
            if current + remaining <= end:
                return current + remaining
            remaining -= end - current
        day = calendar.next_working_day(day)
        local = calendar.day_bounds(day)[0]


def business_time_between(start: datetime, end: datetime, calendar: WorkCalendar) -> timedelta:
    """Working time from ``start`` to ``end``; negative when ``end`` is before ``start``."""
    if end < start:
        return -business_time_between(end, start, calendar)
    first = start.astimezone(calendar.zone).date()
    last = end.astimezone(calendar.zone).date()

    def worked(day: date) -> timedelta:
        if not calendar.is_working_day(day):
            return timedelta()
        open_at, close_at = calendar.day_bounds(day)
        return max(min(close_at, end) - max(open_at, start), timedelta())

    if first == last:
        return worked(first)
    open_at, close_at = calendar.day_bounds(first)
    full_days = calendar.working_days_in_range(first + timedelta(days=1), last)
    return worked(first) + full_days * (close_at - open_at) + worked(last)
