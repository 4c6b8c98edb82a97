"""A small company's week, made through the services, to check the weekly summary against.

The summary is read on Monday 2026-11-16 at 09:00 in Tbilisi (Georgian calendar): last
week is 9–15 November, this week ends on Sunday the 22nd.

| complaint | registered (Tbilisi)  | department | channel   | owner          | due             | now       |
|-----------|-----------------------|------------|-----------|----------------|-----------------|-----------|
| old       | Mon 2 Nov 10:00       | support    | phone     | responsible    | Thu 5 Nov 18:00 | overdue   |
| early     | Mon 9 Nov 01:00 (*)   | support    | web       | nobody         | Thu 12 Nov      | overdue   |
| sold      | Thu 12 Nov 11:00      | sales      | phone     | seller         | Tue 17 Nov      | due       |
| closed    | Fri 13 Nov 12:00      | support    | e-mail    | (closed)       |                 |           |
| inquiry   | Fri 13 Nov 15:00      | sales      | messenger | (handed off)   |                 |           |
| monday    | Mon 16 Nov 02:00 (**) | support    | web       | responsible    | Thu 19 Nov      | due       |
| slow      | Sun 8 Nov 23:00       | support    | web       | nobody         | Tue 24 Nov (10 days, low importance) | later |

(*) still Sunday in UTC, yet last week in Tbilisi. (**) still Sunday in UTC, yet this week.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.choices import Channel, Importance, Kind
from complaints.models import Complaint
from complaints.services import complaint_take
from resolution.tests.closing import complaint_close_complete
from complaints.tests.factories import complaint_make
from deadlines.models import BusinessCalendar, DeadlinePolicy
from resolution.services import proposal_answer, proposal_create
from routing.models import Department

TBILISI = ZoneInfo("Asia/Tbilisi")
NOW = datetime(2026, 11, 16, 9, 0, tzinfo=TBILISI)


def at(day: int, hour: int) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=TBILISI)


@dataclass
class Week:
    support: Department
    sales: Department
    responsible: User
    seller: User
    complaints: dict[str, Complaint]


def registered(moment: datetime, **kwargs) -> Complaint:
    with time_machine.travel(moment, tick=False):
        return complaint_make(**kwargs)


def week_made(*, support: Department, sales: Department, responsible: User, qms: User) -> Week:
    BusinessCalendar.objects.create(name="Georgia", country="GE", time_zone="Asia/Tbilisi",
                                    working_weekdays=[0, 1, 2, 3, 4], is_default=True)
    DeadlinePolicy.objects.create(name="Low importance", importance=Importance.LOW, solution_business_days=10)
    seller = UserFactory(username="seller", role=User.Role.RESPONSIBLE, department=sales)
    c = {
        "old": registered(at(2, 10), department=support, channel=Channel.PHONE),
        "early": registered(at(9, 1), department=support, channel=Channel.WEB),
        "sold": registered(at(12, 11), department=sales, channel=Channel.PHONE),
        "closed": registered(at(13, 12), department=support, channel=Channel.EMAIL),
        "inquiry": registered(at(13, 15), department=sales, channel=Channel.MESSENGER, kind=Kind.INQUIRY),
        "monday": registered(at(16, 2), department=support, channel=Channel.WEB),
        "slow": registered(at(8, 23), department=support, channel=Channel.WEB, importance=Importance.LOW),
    }
    with time_machine.travel(at(13, 14), tick=False):
        complaint_take(complaint=c["old"], actor=responsible)
        complaint_take(complaint=c["sold"], actor=seller)
        complaint_take(complaint=c["closed"], actor=responsible)
        proposal_create(complaint=c["closed"], actor=responsible, text="Redo the update", alternatives=[])
        proposal_answer(complaint=c["closed"], accept=True)
        complaint_close_complete(complaint=c["closed"], actor=qms)
    with time_machine.travel(at(16, 8), tick=False):
        complaint_take(complaint=c["monday"], actor=responsible)
    for complaint in c.values():
        complaint.refresh_from_db()
    return Week(support=support, sales=sales, responsible=responsible, seller=seller, complaints=c)


def more_complaints(*, week: Week, count: int) -> None:
    """Rows that change every figure but not the number of queries it takes to count them."""
    for n in range(count):
        department = week.support if n % 2 else week.sales
        owner = UserFactory(role=User.Role.RESPONSIBLE, department=department)
        complaint = registered(at(10 + n % 6, 10), department=department, channel=Channel.SOCIAL)
        with time_machine.travel(at(16, 8), tick=False):
            complaint_take(complaint=complaint, actor=owner)
