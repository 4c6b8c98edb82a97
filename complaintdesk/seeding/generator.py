"""Realistic complaint rows, generated in Python without touching the database.

``ComplaintGenerator.complaint`` returns the complaint as a dict of column values
(``attname``: value) and hands its timeline to ``history.History``. Everything is
drawn from one seeded ``random.Random``, so a seed gives the same data every time.
"""

from datetime import datetime, timedelta
from random import Random

from coaching.script import ScriptStep
from complaints.choices import OPEN_STATUSES, Channel, Importance, Kind, Origin
from complaints.services import hand_off_target
from deadlines.policy import solution_due_at
from deadlines.selectors import deadline_rules

from .aftercare import Aftercare
from .catalogue import UNROUTED_DEPARTMENT, Catalogue
from .history import Batch, History, status_for
from .scenarios import COMPLAINTS, INTERNAL, Scenario
from .staff import StaffPool
from .texts import LANGUAGES, LanguageTexts

KINDS = ((Kind.COMPLAINT, 86), (Kind.OBJECTION, 4), (Kind.INQUIRY, 6), (Kind.INTEREST, 4))
INTERNAL_SHARE = 0.07
EXTERNAL_CHANNELS = ((Channel.PHONE, 35), (Channel.EMAIL, 20), (Channel.WEB, 15), (Channel.IN_PERSON, 7),
                     (Channel.MESSENGER, 8), (Channel.LETTER, 3), (Channel.SOCIAL, 4), (Channel.API, 3))
# Channels where an employee types the complaint in (the others arrive by themselves).
TYPED_BY_AGENT = {Channel.PHONE, Channel.IN_PERSON, Channel.LETTER, Channel.MESSENGER, Channel.SOCIAL}
SPOKEN = {Channel.PHONE, Channel.IN_PERSON}
# Appeals that are not complaints: (subject category, department) they are about.
APPEAL_SUBJECTS = {Kind.OBJECTION: "subj-licences", Kind.INQUIRY: "subj-support-line",
                   Kind.INTEREST: "subj-licences"}
STEPS = ScriptStep.values
MAIL_DOMAINS = {"ru": "ru", "ka": "ge", "en": "com"}
DELIVERED = {"subj-delivery", "subj-equipment"}


def weighted(pairs: tuple[tuple[object, int], ...]) -> tuple[list, list[int]]:
    """Population and cumulative weights, for ``Random.choices``."""
    population, cumulative, total = [], [], 0
    for value, weight in pairs:
        total += weight
        population.append(value)
        cumulative.append(total)
    return population, cumulative


class ComplaintGenerator:
    def __init__(self, *, catalogue: Catalogue, staff: StaffPool, rng: Random, now: datetime) -> None:
        self.catalogue, self.staff, self.rng, self.now = catalogue, staff, rng, now
        self.languages = weighted(tuple((lang, lang.weight) for lang in LANGUAGES))
        self.kinds = weighted(KINDS)
        self.channels = weighted(EXTERNAL_CHANNELS)
        self.complaint_scenarios = weighted(tuple((s, s.weight) for s in COMPLAINTS))
        self.internal_scenarios = weighted(tuple((s, s.weight) for s in INTERNAL))
        self.importance = {s.code: weighted(s.importance) for s in (*COMPLAINTS, *INTERNAL)}
        self.history = History(rng=rng, staff=staff, now=now)
        self.unrouted = catalogue.departments[UNROUTED_DEPARTMENT]
        self.quality = catalogue.departments.get("quality", self.unrouted)
        self.deadline_rules = deadline_rules()
        # A generator of its own, so the complaints and timelines stay what the same seed always gave.
        self.aftercare = Aftercare(rng=Random(rng.getrandbits(64)), rules=self.deadline_rules, now=now)

    def pick(self, table: tuple[list, list[int]]):
        return self.rng.choices(table[0], cum_weights=table[1])[0]

    def complaint(self, *, pk: int, created_at: datetime, batch: Batch) -> dict:
        """One complaint row; its timeline and proposals go into ``batch``."""
        rng = self.rng
        lang: LanguageTexts = self.pick(self.languages)
        kind = self.pick(self.kinds)
        origin, scenario = Origin.EXTERNAL, None
        if kind == Kind.COMPLAINT and rng.random() < INTERNAL_SHARE:
            origin, channel = Origin.INTERNAL, Channel.INTERNAL
            scenario = self.pick(self.internal_scenarios)
        else:
            channel = self.pick(self.channels)
            if kind == Kind.COMPLAINT:
                scenario = self.pick(self.complaint_scenarios)
        subject = scenario.subject if scenario else APPEAL_SUBJECTS[kind]
        occurred_on = (created_at - timedelta(days=rng.randrange(0, 11))).date()
        slots = self.slots(lang=lang, subject=subject, occurred_on=occurred_on)
        status = status_for(rng=rng, kind=kind, age=self.now - created_at)

        row = self.customer(lang=lang, origin=origin, subject=subject, slots=slots)
        row.update(
            id=pk, kind=kind, origin=origin, channel=channel, status=status, language=lang.code,
            importance=self.pick(self.importance[scenario.code]) if scenario else Importance.NORMAL,
            hand_off_to=hand_off_target(kind) if kind != Kind.COMPLAINT else "",
            occurred_on=occurred_on, product=slots["product"],
            description=self.description(lang=lang, kind=kind, scenario=scenario, slots=slots),
            created_at=created_at, due_at=created_at,  # dated once classified, below
            validity="", satisfaction="", loyalty="", closed_at=None, reopen_count=0,
        )
        self.classify(row=row, scenario=scenario, subject=subject, status=status, channel=channel)
        row["due_at"] = solution_due_at(registered_at=created_at, department_id=row["department_id"], kind=kind,
                                        origin=origin, importance=row["importance"], rules=self.deadline_rules)
        if status in OPEN_STATUSES and row["due_at"] < self.now:
            # History: the breach was escalated when it happened, so the first live run has nothing to catch up.
            row["overdue_at"] = row["due_at"]
        self.story(row=row, lang=lang, scenario=scenario, slots=slots)
        row["registered_by_id"] = self.registrar(channel)
        row["script_steps"] = self.script(channel=channel, status=status)
        self.history.write(row=row, lang=lang, slots=slots, scenario=scenario, batch=batch)
        self.aftercare.write(row=row, lang=lang, batch=batch)
        return row

    def slots(self, *, lang: LanguageTexts, subject: str, occurred_on) -> dict[str, str]:
        rng = self.rng
        product = rng.choice(lang.products[subject])
        employee = rng.choice(lang.employees)
        return {
            "product": product, "Product": product[:1].upper() + product[1:],
            "date": lang.date(occurred_on.day, occurred_on.month), "report": rng.choice(lang.reports),
            "wait": rng.choice(lang.waits), "employee": employee, "Employee": employee[:1].upper() + employee[1:],
            "amount": lang.amount(rng), "number": str(rng.randrange(1000, 100000)),
        }

    def customer(self, *, lang: LanguageTexts, origin: str, subject: str, slots: dict[str, str]) -> dict:
        """Who complains (PRODUCT.md, Registration): organisation, contact person, position, phone, e-mail."""
        rng = self.rng
        person = lang.contact(rng)
        organisation, slug = rng.choice(lang.organisations)
        has_email = rng.random() < 0.85
        return {
            "organisation": rng.choice(lang.organisation_forms).format(organisation),
            "contact_name": person.name,
            "contact_position": rng.choice(lang.positions) if rng.random() < 0.8 else "",
            "contact_phone": lang.phone(rng) if not has_email or rng.random() < 0.85 else "",
            "contact_email": f"{person.email_local}@{slug}.{MAIL_DOMAINS[lang.code]}" if has_email else "",
            "contact_address": rng.choice(lang.addresses).format(n=rng.randrange(1, 120))
            if rng.random() < 0.25 else "",
            "account_ref": lang.account_ref(rng) if rng.random() < 0.4 else "",
            "performed_by": self.performed_by(lang=lang, subject=subject, slots=slots)
            if origin == Origin.EXTERNAL and rng.random() < 0.45 else "",
        }

    def performed_by(self, *, lang: LanguageTexts, subject: str, slots: dict[str, str]) -> str:
        """Who did which work and when (PRODUCT.md, Registration): the courier for goods, else an employee."""
        if subject in DELIVERED:
            return lang.delivered_by.format(**slots)
        return self.rng.choice(lang.performed_by).format(**slots)

    def description(self, *, lang: LanguageTexts, kind: str, scenario: Scenario | None,
                    slots: dict[str, str]) -> str:
        rng = self.rng
        if scenario is None:
            return rng.choice(lang.appeals[kind]).format(**slots)
        templates = (lang.internal if scenario.code.startswith("int_") else lang.complaints)[scenario.code]
        text = rng.choice(templates).format(**slots)
        if scenario.outcomes and rng.random() < 0.4:
            text = f"{rng.choice(lang.openers)} {text}"
        if scenario.outcomes and rng.random() < 0.3:
            text = f"{text} {rng.choice(lang.closers)}"
        return text

    def classify(self, *, row: dict, scenario: Scenario | None, subject: str, status: str, channel: str) -> None:
        """Categories and department; a new web complaint may still be unclassified and unrouted."""
        categories = self.catalogue.categories
        unclassified = status == "new" and channel == Channel.WEB and self.rng.random() < 0.3
        row["subject_category_id"] = None if unclassified else categories[subject]
        row["cause_category_id"] = categories[scenario.cause] if scenario and not unclassified else None
        if unclassified:
            row["department_id"] = self.unrouted
        elif row["origin"] == Origin.INTERNAL and self.rng.random() < 0.5:
            row["department_id"] = self.quality  # PRODUCT.md: QMS handles internal complaints
        else:
            row["department_id"] = self.catalogue.subject_departments[subject]

    def story(self, *, row: dict, lang: LanguageTexts, scenario: Scenario | None, slots: dict[str, str]) -> None:
        """The emotional part and the outcome the customer wants (external complaints only)."""
        rng = self.rng
        row["emotion"] = rng.choice(lang.emotions) if scenario and scenario.outcomes and rng.random() < 0.8 else ""
        outcome = rng.choice(scenario.outcomes) if scenario and scenario.outcomes and rng.random() < 0.85 else ""
        row["desired_outcome"] = outcome
        row["desired_outcome_detail"] = (
            rng.choice(lang.outcome_details[outcome]).format(**slots) if outcome and rng.random() < 0.6 else ""
        )

    def registrar(self, channel: str) -> int | None:
        rng, staff = self.rng, self.staff
        if channel == Channel.INTERNAL:
            return rng.choice(staff.everyone) if staff.everyone else None
        if channel in TYPED_BY_AGENT or (channel == Channel.EMAIL and rng.random() < 0.5):
            return rng.choice(staff.agents) if staff.agents else None
        return None

    def script(self, *, channel: str, status: str) -> list[str]:
        """Conversation script steps ticked by the agent on a call or visit (coaching.script)."""
        if channel not in SPOKEN:
            return []
        done = STEPS[: self.rng.randrange(3, 8)]
        if status == "closed" and self.rng.random() < 0.7:
            done = [*done, ScriptStep.CHECK]
        return [step for step in STEPS if step in done]
