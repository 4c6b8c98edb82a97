from datetime import datetime

import pytest

from deadlines.calendar import WorkCalendar
from deadlines.display import business_time_left_words

TBILISI = WorkCalendar(time_zone="Asia/Tbilisi", country="GE")


def at(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).replace(tzinfo=TBILISI.zone)


@pytest.mark.parametrize(("now", "due", "words"), [
    ("2026-11-10 15:00", "2026-11-11 18:00", "1 working day 3 h left"),
    ("2026-11-13 17:30", "2026-11-16 18:00", "1 working day left"),
    ("2026-11-16 17:20", "2026-11-16 18:00", "40 min left"),
    ("2026-11-18 18:00", "2026-11-16 18:00", "overdue by 2 working days"),
    ("2026-11-17 11:00", "2026-11-16 18:00", "overdue by 2 h"),
])
def test_words(now, due, words):
    assert business_time_left_words(now=at(now), due_at=at(due), calendar=TBILISI) == words
