"""What reports read besides the complaint row: working times, delay notices, remedies and surveys.

Seeded with the same proportions the reports should show on demo data: a delay notice on
part of the late complaints, a remedy on part of the justified ones, a survey for closed
complaints with an e-mail address (answered by some), consistent with satisfaction and loyalty.
"""

import secrets
from datetime import datetime, timedelta
from decimal import Decimal
from random import Random

from django.conf import settings

from complaints.choices import Loyalty, Satisfaction, Status, Validity
from complaints.models import Interaction
from deadlines.calendar import end_of_nth_business_day
from deadlines.durations import business_seconds
from deadlines.selectors import DeadlineRules
from deadlines.services.common import utc_iso
from followup.models import KeepsWorking
from resolution.models import RemedyType

from .history import Batch
from .texts import LanguageTexts

SURVEY_DELAY = timedelta(hours=24)
SURVEY_VALID = timedelta(days=14)
SURVEY_ANSWERED_SHARE = 0.4
REMEDY_SHARE = 0.3  # of justified and partly justified complaints
DELAY_NOTICE_SHARE = 0.4  # of complaints closed after their deadline
HANDLING_SCORES = {Satisfaction.SATISFIED: (4, 5), Satisfaction.PARTLY: (3, 4), Satisfaction.NOT_SATISFIED: (1, 3)}
KEEPS_WORKING = {Loyalty.YES: KeepsWorking.YES, Loyalty.NO: KeepsWorking.NO, Loyalty.UNDECIDED: KeepsWorking.UNDECIDED}


class Aftercare:
    def __init__(self, *, rng: Random, rules: DeadlineRules, now: datetime) -> None:
        self.rng, self.rules, self.now = rng, rules, now
        self.remedy_types = list(RemedyType.objects.filter(is_active=True).values_list("pk", "has_value",
                                                                                      "issues_coupon"))
        self.currency = settings.COMPLAINTDESK_CURRENCY

    def write(self, *, row: dict, lang: LanguageTexts, batch: Batch) -> None:
        """Fill the row's working times; append delay notice, remedy and survey rows to ``batch``."""
        calendar = self.rules.calendar_for(row["department_id"])
        created_at = row["created_at"]
        if row.get("first_contact_at"):
            row["first_contact_business_seconds"] = business_seconds(
                start=created_at, end=row["first_contact_at"], calendar=calendar)
        if row["status"] != Status.CLOSED:
            return
        closed_at = row["closed_at"]
        row["solution_business_seconds"] = business_seconds(start=created_at, end=closed_at, calendar=calendar)
        if closed_at > row["due_at"] and lang.delay_reasons and self.rng.random() < DELAY_NOTICE_SHARE:
            self.delay_notice(row=row, lang=lang, batch=batch, calendar=calendar)
        if row["validity"] in (Validity.JUSTIFIED, Validity.PARTIAL) and self.remedy_types \
                and self.rng.random() < REMEDY_SHARE:
            self.remedy(row=row, batch=batch)
        if row["contact_email"] and closed_at + SURVEY_DELAY < self.now:
            self.survey(row=row, batch=batch)

    def delay_notice(self, *, row: dict, lang: LanguageTexts, batch: Batch, calendar) -> None:
        """Announced two hours before the deadline; the new deadline is the end of the closing day or later."""
        old_due = row["due_at"]
        at = max(row["created_at"], old_due - timedelta(hours=2))
        new_due = max(end_of_nth_business_day(row["closed_at"], 0, calendar), row["closed_at"])
        reason = self.rng.choice(lang.delay_reasons)
        batch.interactions.append((row["id"], Interaction.Kind.DELAY_NOTICE, row["assignee_id"], False, reason,
                                   {"old_due_at": utc_iso(old_due), "new_due_at": utc_iso(new_due),
                                    "customer_message": reason, "late": False}, at))
        row["due_at"] = new_due
        row.pop("overdue_at", None)

    def remedy(self, *, row: dict, batch: Batch) -> None:
        type_id, has_value, coupon = self.rng.choice(self.remedy_types)
        value = Decimal(self.rng.randrange(10, 500) * 5) if has_value else Decimal(0)
        batch.remedies.append({
            "complaint_id": row["id"], "type_id": type_id, "value": value, "currency": self.currency, "note": "",
            "coupon_code": f"SEED-{row['id']}" if coupon else None, "approved_by_id": row["assignee_id"],
            "created_at": row["closed_at"] - timedelta(minutes=5),
        })

    def survey(self, *, row: dict, batch: Batch) -> None:
        rng = self.rng
        sent_at = row["closed_at"] + SURVEY_DELAY
        # A random hash, not one from the seed: seeding again with the same seed must not collide.
        survey = {"complaint_id": row["id"], "token_hash": secrets.token_hex(32),
                  "language": row["language"], "sent_at": sent_at, "expires_at": sent_at + SURVEY_VALID,
                  "answered_at": None, "solved": None, "handling_score": None, "keeps_working": "",
                  "recommend_score": None, "comment": ""}
        answered_at = sent_at + timedelta(hours=rng.uniform(1, 72))
        if answered_at < self.now and rng.random() < SURVEY_ANSWERED_SHARE:
            low, high = HANDLING_SCORES[row["satisfaction"]]
            survey.update(answered_at=answered_at, solved=row["satisfaction"] != Satisfaction.NOT_SATISFIED,
                          handling_score=rng.randint(low, high), keeps_working=KEEPS_WORKING[row["loyalty"]],
                          recommend_score=min(10, max(0, 2 * high + rng.randint(-2, 0))))
        batch.surveys.append(survey)
