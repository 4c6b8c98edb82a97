"""Report periods: a month, or any run of days, in the company's time zone. Pure, no ORM."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def month_start(day: date, shift: int = 0) -> date:
    """The first day of ``day``'s month moved by ``shift`` months."""
    index = day.year * 12 + day.month - 1 + shift
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """From ``start`` up to, not including, ``end`` (dates in ``time_zone``)."""

    start: date
    end: date
    time_zone: str

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.start, time(0), tzinfo=ZoneInfo(self.time_zone))

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.end, time(0), tzinfo=ZoneInfo(self.time_zone))

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    @property
    def is_month(self) -> bool:
        return self.start.day == 1 and self.end == month_start(self.start, 1)

    @property
    def key(self) -> str:
        """``2026-03`` for a month, ``2026-03-05..2026-03-20`` otherwise."""
        if self.is_month:
            return self.start.strftime("%Y-%m")
        return f"{self.start.isoformat()}..{self.last_day.isoformat()}"

    @property
    def previous(self) -> "Period":
        """The month before, or the same number of days just before."""
        if self.is_month:
            return month_period(month_start(self.start, -1), self.time_zone)
        length = self.end - self.start
        return Period(start=self.start - length, end=self.start, time_zone=self.time_zone)

    @property
    def year_before(self) -> "Period":
        if self.is_month:
            return month_period(month_start(self.start, -12), self.time_zone)
        return Period(start=shift_year(self.start), end=shift_year(self.end), time_zone=self.time_zone)

    def months_back(self, count: int) -> list["Period"]:
        """``count`` whole months ending with the month of the period's last day, oldest first."""
        last = month_start(self.last_day)
        return [month_period(month_start(last, -offset), self.time_zone) for offset in range(count - 1, -1, -1)]


def shift_year(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def month_period(first: date, time_zone: str) -> Period:
    return Period(start=first, end=month_start(first, 1), time_zone=time_zone)


def month_parse(text: str, time_zone: str) -> Period:
    """``YYYY-MM`` as a month period; ``ValueError`` when it is not one."""
    year, _sep, month = (text or "").strip().partition("-")
    if not (year.isdigit() and month.isdigit() and len(year) == 4 and 1 <= int(month) <= 12):
        raise ValueError(text)
    return month_period(date(int(year), int(month), 1), time_zone)


def last_month(*, now: datetime, time_zone: str) -> Period:
    """The whole month before the one ``now`` falls in."""
    today = now.astimezone(ZoneInfo(time_zone)).date()
    return month_period(month_start(today, -1), time_zone)
