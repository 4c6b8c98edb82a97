"""A small month whose every report figure is counted by hand (see ``test_monthly_figures.py``).

Support department, calendar Monday–Friday 9:00–18:00 in Tbilisi with Georgia's public holidays
(Monday 23 November 2026 is St George's Day). Every step goes through the real services at a
fixed moment. The working times, counted by hand:

| complaint | registered          | first contact        | working h | closed            | working h | due (3 days)  |
|-----------|---------------------|----------------------|-----------|-------------------|-----------|---------------|
| c1 (ka)   | Fri 20 Nov 17:00    | call Tue 24 10:00    | 1+1 = 2   | Tue 24 15:00      | 1+6 = 7   | Thu 26, on time|
| c2 (ru)   | Mon 16 Nov 10:00    | call Mon 16 12:00    | 2         | Thu 19 10:00      | 8+9+9+1=27| Thu 19, on time|
| c3 (ka)   | Tue 3 Nov 9:00      | proposal Wed 4 9:00  | 9         | Mon 9 12:00       | 4×9+3 = 39| Fri 6, late    |
| c4 (en)   | Thu 12 Nov 9:00     | call Thu 12 14:00    | 5         | open, delay notice|           |               |
| c5 (ru)   | Mon 2 Nov 10:00     | proposal Mon 2 11:00 | 1         | closed Mon 2 16:00, reopened Tue 3 10:00, closed again Tue 3 16:00: 8+7 = 15 |

First contact: 1, 2, 2, 5, 9 → median 2 h, p90 = 5 + 0.6 × 4 = 7.4 h.
Solution: 7, 15, 27, 39 → median 21 h, p90 = 27 + 0.7 × 12 = 35.4 h.
"""

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import time_machine

from accounts.models import User
from capa.services import (corrective_action_create, corrective_action_effectiveness_record,
                           corrective_action_update_status)
from complaints.choices import CategoryDimension, Channel, Kind, Loyalty, Satisfaction, Validity
from complaints.models import Complaint
from complaints.services import complaint_close, complaint_note_add, complaint_reopen, complaint_take
from complaints.tests.factories import complaint_make
from deadlines.models import BusinessCalendar
from deadlines.services.delay import deadline_extend
from followup import services as followup_services
from followup.services import survey_answer_record, survey_send
from resolution.investigation import complaint_investigation_record
from resolution.models import RemedyType, RootCause
from resolution.remedies import remedy_give
from resolution.services import proposal_answer, proposal_create
from routing.models import Department
from routing.tests.factories import category_make

TBILISI = ZoneInfo("Asia/Tbilisi")


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TBILISI)


@dataclass
class Month:
    c1: Complaint
    c2: Complaint
    c3: Complaint
    c4: Complaint
    c5: Complaint
    october: Complaint
    sales: Complaint
    inquiry: Complaint


def register(department: Department, moment: datetime, language: str, **kwargs) -> Complaint:
    with time_machine.travel(moment, tick=False):
        return complaint_make(department=department, language=language, fields={"occurred_on": moment.date()},
                              **kwargs)


def step(moment: datetime, service, **kwargs):
    with time_machine.travel(moment, tick=False):
        return service(**kwargs)


def resolve(complaint: Complaint, actor: User, *, proposed: datetime, accepted: datetime) -> None:
    step(proposed, proposal_create, complaint=complaint, actor=actor, text="Новый ключ лицензии", alternatives=[])
    step(accepted, proposal_answer, complaint=complaint, accept=True)


def remedy_type(code: str) -> RemedyType:
    names = {"refund": "Refund", "apology": "Sincere apology"}
    found, _created = RemedyType.objects.get_or_create(code=code, defaults={"name_en": names[code],
                                                                           "has_value": code != "apology"})
    return found


def close(complaint: Complaint, actor: User, moment: datetime, *, validity: str, satisfaction: str, loyalty: str,
          remedy: tuple[str, str] | None = None) -> None:
    # get_or_create: a browser test's flush may have removed the rows the migrations put in.
    code = "customer_error" if validity == Validity.UNJUSTIFIED else "service_error"
    root_cause, _created = RootCause.objects.get_or_create(code=code, defaults={"name_en": code})
    step(moment, complaint_investigation_record, complaint=complaint, actor=actor, validity=validity,
         root_cause=root_cause)
    if remedy:
        step(moment, remedy_give, complaint=complaint, actor=actor,
             remedy_type=remedy_type(remedy[0]), value=Decimal(remedy[1]), currency="GEL")
    step(moment, complaint_close, complaint=complaint, actor=actor, resolution="Решено", satisfaction=satisfaction,
         loyalty=loyalty, thanked=True, offered=False, no_remedy=remedy is None)


def answer_survey(complaint: Complaint, sent: datetime, answered: datetime, monkeypatch, **answers) -> None:
    token = f"token-{complaint.pk}"
    monkeypatch.setattr(followup_services, "survey_token_new", lambda: token)
    complaint.refresh_from_db()
    step(sent, survey_send, complaint=complaint, now=sent)
    step(answered, survey_answer_record, token=token, **answers)


def month_build(*, department: Department, other_department: Department, responsible: User, colleague: User,
                agent: User, qms: User, monkeypatch) -> Month:
    BusinessCalendar.objects.create(name="Tbilisi", time_zone="Asia/Tbilisi", country="GE",
                                    working_weekdays=[0, 1, 2, 3, 4], is_default=True)
    causes = {code: category_make(code=f"cause-{code}", dimension=CategoryDimension.CAUSE) for code in "abc"}
    october = register(department, at(10, 15, 10), "ru")
    step(at(10, 15, 11), complaint_take, complaint=october, actor=responsible)
    resolve(october, responsible, proposed=at(10, 15, 12), accepted=at(10, 16, 10))
    close(october, responsible, at(10, 16, 12), validity=Validity.JUSTIFIED, satisfaction=Satisfaction.SATISFIED,
          loyalty=Loyalty.YES)

    c5 = register(department, at(11, 2, 10), "ru", cause_category=causes["a"])
    step(at(11, 2, 10, 30), complaint_take, complaint=c5, actor=responsible)
    resolve(c5, responsible, proposed=at(11, 2, 11), accepted=at(11, 2, 12))
    close(c5, responsible, at(11, 2, 16), validity=Validity.PARTIAL, satisfaction=Satisfaction.PARTLY,
          loyalty=Loyalty.YES, remedy=("apology", "0"))
    step(at(11, 3, 10), complaint_reopen, complaint=c5, actor=responsible, reason="Ключ снова не работает")
    resolve(c5, responsible, proposed=at(11, 3, 11), accepted=at(11, 3, 12))
    step(at(11, 3, 16), complaint_close, complaint=c5, actor=responsible, resolution="Решено повторно",
         satisfaction=Satisfaction.PARTLY, loyalty=Loyalty.YES, thanked=True, offered=False)

    c3 = register(department, at(11, 3, 9), "ka", cause_category=causes["b"])
    step(at(11, 3, 9, 30), complaint_take, complaint=c3, actor=colleague)
    resolve(c3, colleague, proposed=at(11, 4, 9), accepted=at(11, 6, 10))
    close(c3, colleague, at(11, 9, 12), validity=Validity.UNJUSTIFIED, satisfaction=Satisfaction.NOT_SATISFIED,
          loyalty=Loyalty.NO)

    c4 = register(department, at(11, 12, 9), "en", channel=Channel.PHONE, registered_by=agent,
                  cause_category=causes["c"])
    step(at(11, 12, 10), complaint_take, complaint=c4, actor=responsible)
    step(at(11, 12, 14), complaint_note_add, complaint=c4, actor=responsible, body="Called", is_call=True)
    step(at(11, 13, 10), deadline_extend, complaint=c4, actor=responsible, reason="Ждём ответа поставщика",
         new_due_at=date(2026, 11, 27))

    c2 = register(department, at(11, 16, 10), "ru", cause_category=causes["a"])
    step(at(11, 16, 11), complaint_take, complaint=c2, actor=responsible)
    step(at(11, 16, 12), complaint_note_add, complaint=c2, actor=responsible, body="Called", is_call=True)
    resolve(c2, responsible, proposed=at(11, 17, 10), accepted=at(11, 18, 10))
    close(c2, responsible, at(11, 19, 10), validity=Validity.JUSTIFIED, satisfaction=Satisfaction.SATISFIED,
          loyalty=Loyalty.YES, remedy=("refund", "30"))

    c1 = register(department, at(11, 20, 17), "ka", cause_category=causes["a"])
    step(at(11, 20, 17, 30), complaint_take, complaint=c1, actor=responsible)
    step(at(11, 24, 10), complaint_note_add, complaint=c1, actor=responsible, body="დავრეკეთ", is_call=True)
    resolve(c1, responsible, proposed=at(11, 24, 11), accepted=at(11, 24, 12))
    close(c1, responsible, at(11, 24, 15), validity=Validity.JUSTIFIED, satisfaction=Satisfaction.SATISFIED,
          loyalty=Loyalty.YES, remedy=("refund", "50"))

    sales = register(other_department, at(11, 10, 10), "ru", cause_category=causes["b"])
    inquiry = register(department, at(11, 5, 10), "ru", kind=Kind.INQUIRY)

    answer_survey(c2, at(11, 20, 10), at(11, 21, 10), monkeypatch, solved=True, handling_score=3,
                  keeps_working="undecided", recommend_score=6)
    answer_survey(c1, at(11, 25, 10), at(11, 26, 10), monkeypatch, solved=True, handling_score=5,
                  keeps_working="yes", recommend_score=9)

    action = step(at(11, 10, 10), corrective_action_create, actor=qms, complaints=[c3], cause="Неясная инструкция",
                  owner=responsible, due_on=date(2026, 11, 20), check_on=date(2026, 11, 27))
    step(at(11, 20, 10), corrective_action_update_status, action=action, actor=responsible, status="done")
    step(at(11, 27, 10), corrective_action_effectiveness_record, action=action, actor=qms, effective=True,
         note="Повторов нет")
    for complaint in (c1, c2, c3, c4, c5, october, sales, inquiry):
        complaint.refresh_from_db()
    return Month(c1=c1, c2=c2, c3=c3, c4=c4, c5=c5, october=october, sales=sales, inquiry=inquiry)
