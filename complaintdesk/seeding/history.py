"""The timeline of a seeded complaint, consistent with its status.

Each entry carries what ``complaints.workflow.transition`` would have written for
that step ("from"/"to" and the step's data), so seeded history reads like lived
history. Step times follow realistic delays from registration and are squeezed
proportionally when they would pass the present.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate
from random import Random

from complaints.choices import Kind, Loyalty, Satisfaction, Status, Validity
from complaints.models import Interaction
from resolution.models import Proposal, RootCause

from .scenarios import Scenario
from .staff import StaffPool
from .texts import LanguageTexts

K = Interaction.Kind
HOUR = 3600.0
DAY = timedelta(days=1)

# Status of a complaint by its age in days: (upper bound of age, ((status, weight), …)).
STATUS_BY_AGE = (
    (2, ((Status.NEW, 40), (Status.IN_PROGRESS, 35), (Status.PROPOSED, 15), (Status.ACCEPTED, 5),
         (Status.CLOSED, 5))),
    (7, ((Status.NEW, 10), (Status.IN_PROGRESS, 30), (Status.PROPOSED, 25), (Status.ACCEPTED, 10),
         (Status.CLOSED, 25))),
    (30, ((Status.NEW, 2), (Status.IN_PROGRESS, 8), (Status.PROPOSED, 8), (Status.ACCEPTED, 7),
          (Status.CLOSED, 75))),
    (None, ((Status.NEW, 3), (Status.IN_PROGRESS, 12), (Status.PROPOSED, 8), (Status.ACCEPTED, 7),
            (Status.CLOSED, 970))),
)
SATISFACTION = ((Satisfaction.SATISFIED, 65), (Satisfaction.PARTLY, 22), (Satisfaction.NOT_SATISFIED, 13))
# Loyalty is recorded apart from satisfaction (PRODUCT.md), but leans the same way.
LOYALTY = {
    Satisfaction.SATISFIED: ((Loyalty.YES, 85), (Loyalty.UNDECIDED, 10), (Loyalty.NO, 5)),
    Satisfaction.PARTLY: ((Loyalty.YES, 60), (Loyalty.UNDECIDED, 25), (Loyalty.NO, 15)),
    Satisfaction.NOT_SATISFIED: ((Loyalty.YES, 30), (Loyalty.UNDECIDED, 30), (Loyalty.NO, 40)),
}


# Root causes by validity: "not established" only for an unjustified complaint (resolution.investigation).
ROOT_CAUSES = {
    False: (("attitude", 30), ("service_error", 25), ("product_defect", 15), ("communication", 15),
            ("process", 10), ("price", 5)),
    True: (("customer_error", 50), (RootCause.NOT_ESTABLISHED, 30), ("communication", 20)),
}


_TABLES: dict[tuple, tuple[list, list[int]]] = {}


def choose(rng: Random, pairs: tuple[tuple[str, int], ...]) -> str:
    """A weighted choice; the cumulative weights of each table are computed once."""
    table = _TABLES.get(pairs)
    if table is None:
        values, weights = zip(*pairs, strict=True)
        table = _TABLES[pairs] = (list(values), list(accumulate(weights)))
    return rng.choices(table[0], cum_weights=table[1])[0]


def status_for(*, rng: Random, kind: str, age: timedelta) -> str:
    """Appeals that are not complaints are handed off at once; complaints mostly close as they age."""
    if kind != Kind.COMPLAINT:
        return Status.HANDED_OFF
    days = age / DAY
    for bound, pairs in STATUS_BY_AGE:
        if bound is None or days < bound:
            return choose(rng, pairs)
    raise AssertionError("unreachable")


@dataclass
class Batch:
    """Rows generated together and written together."""

    complaints: list[dict] = field(default_factory=list)
    # (complaint_id, kind, actor_id, by_customer, body, data, created_at)
    interactions: list[tuple] = field(default_factory=list)
    proposals: list[dict] = field(default_factory=list)
    # Interaction data that must name its proposal once proposal ids are known: (data, index in proposals).
    proposal_refs: list[tuple[dict, int]] = field(default_factory=list)
    remedies: list[dict] = field(default_factory=list)
    surveys: list[dict] = field(default_factory=list)


class History:
    def __init__(self, *, rng: Random, staff: StaffPool, now: datetime) -> None:
        self.rng, self.staff, self.now = rng, staff, now
        self.root_causes = dict(RootCause.objects.values_list("code", "id"))

    def write(self, *, row: dict, lang: LanguageTexts, slots: dict[str, str], scenario: Scenario | None,
              batch: Batch) -> None:
        """Fill the row's ownership and outcome fields and append its timeline to ``batch``."""
        rng, status = self.rng, row["status"]
        owners = self.staff.owners(row["department_id"])
        head = self.staff.heads.get(row["department_id"])
        assignee = head if head and rng.random() < 0.1 else (rng.choice(owners) if owners else None)
        steps: list[list] = []  # [offset seconds, kind, actor, by_customer, body, data]
        proposals: list[dict] = []
        t = 0.0
        registrar = row["registered_by_id"]
        steps.append([t, K.REGISTERED, registrar, registrar is None, "",
                      {"channel": row["channel"], "kind": row["kind"], "origin": row["origin"]}])
        owned = status not in (Status.NEW, Status.HANDED_OFF) or (
            status == Status.HANDED_OFF and assignee is not None and rng.random() < 0.4)
        if owned and assignee is None:
            raise ValueError("a department has nobody to own its complaints")
        if owned:
            t += rng.uniform(0.05, 8) * HOUR
            steps.append([t, K.TAKEN, assignee, False, "", {"from": Status.NEW, "to": Status.IN_PROGRESS,
                                                            "assignee": assignee, "previous_assignee": None}])
            if rng.random() < 0.5:
                t += rng.uniform(0.5, 20) * HOUR
                body = rng.choice(lang.calls) if rng.random() < 0.6 else rng.choice(lang.notes)
                steps.append([t, K.CALL if body in lang.calls else K.NOTE, assignee, False, body, {}])
        if status == Status.HANDED_OFF:
            t += rng.uniform(0.01, 2) * HOUR
            actor = assignee if owned else registrar
            steps.append([t, K.HANDED_OFF, actor, False, rng.choice(lang.hand_off_reasons) if actor else "",
                          {"from": Status.IN_PROGRESS if owned else Status.NEW, "to": Status.HANDED_OFF,
                           "kind": row["kind"], "hand_off_to": row["hand_off_to"]}])
        elif status in (Status.PROPOSED, Status.ACCEPTED, Status.CLOSED):
            reopened = status == Status.CLOSED and rng.random() < 0.02
            rounds = 1 + (rng.random() < 0.08)
            t = self.resolve(steps=steps, proposals=proposals, t=t, rounds=rounds, lang=lang, slots=slots,
                             outcome=row["desired_outcome"], assignee=assignee,
                             last=Status.PROPOSED if status == Status.PROPOSED else Status.CLOSED)
            if reopened:
                t += rng.uniform(24, 200) * HOUR
                steps.append([t, K.REOPENED, assignee, False, rng.choice(lang.rejections),
                              {"from": Status.CLOSED, "to": Status.IN_PROGRESS}])
                t = self.resolve(steps=steps, proposals=proposals, t=t, rounds=1, lang=lang, slots=slots,
                                 outcome=row["desired_outcome"], assignee=assignee, last=Status.CLOSED)
                row["reopen_count"] = 1
            if status == Status.ACCEPTED:
                steps.pop()  # the close has not happened yet
        row["assignee_id"] = assignee if owned else None
        self.place(row=row, steps=steps, proposals=proposals, batch=batch)
        if status == Status.CLOSED:
            self.outcome(row=row, scenario=scenario)

    def resolve(self, *, steps: list, proposals: list, t: float, rounds: int, lang: LanguageTexts,
                slots: dict[str, str], outcome: str, assignee: int, last: str) -> float:
        """Propose (and maybe be rejected first), accept, close; stop at ``last``."""
        rng = self.rng
        for round_ in range(rounds):
            final = round_ == rounds - 1
            t += rng.uniform(2, 60 if rng.random() < 0.9 else 150) * HOUR
            options = lang.proposals.get(outcome) or lang.proposals["repair"]
            text = rng.choice(options).format(**slots)
            alternatives = rng.sample(lang.alternatives, rng.randrange(0, 3))
            proposal = {"complaint_id": None, "text": text, "alternatives": alternatives,
                        "status": Proposal.Status.PENDING, "chosen_option": None, "answer_reason": "",
                        "answered_by_customer": False, "answered_at": None, "created_by_id": assignee,
                        "offset": t}
            proposals.append(proposal)
            steps.append([t, K.PROPOSED, assignee, False, text,
                          {"from": Status.IN_PROGRESS, "to": Status.PROPOSED, "proposal": len(proposals) - 1,
                           "alternatives": alternatives}])
            if final and last == Status.PROPOSED:
                return t
            t += rng.uniform(1, 40) * HOUR
            by_customer = rng.random() < 0.7
            actor = None if by_customer else assignee
            proposal.update(answered_by_customer=by_customer, answered_offset=t)
            if not final:
                reason = rng.choice(lang.rejections)
                proposal.update(status=Proposal.Status.REJECTED, answer_reason=reason)
                steps.append([t, K.REJECTED, actor, by_customer, reason,
                              {"from": Status.PROPOSED, "to": Status.IN_PROGRESS, "proposal": len(proposals) - 1,
                               "option": None}])
                continue
            option = rng.randrange(0, len(alternatives) + 1) if alternatives and rng.random() < 0.3 else 0
            proposal.update(status=Proposal.Status.ACCEPTED, chosen_option=option)
            steps.append([t, K.ACCEPTED, actor, by_customer, [text, *alternatives][option],
                          {"from": Status.PROPOSED, "to": Status.ACCEPTED, "proposal": len(proposals) - 1,
                           "option": option}])
        t += rng.uniform(0.2, 24) * HOUR
        steps.append([t, K.CLOSED, assignee, False, rng.choice(lang.closings),
                      {"from": Status.ACCEPTED, "to": Status.CLOSED}])
        return t

    def place(self, *, row: dict, steps: list, proposals: list, batch: Batch) -> None:
        """Turn offsets into times before now, and append the rows to the batch."""
        created_at: datetime = row["created_at"]
        span = steps[-1][0]
        room = (self.now - created_at).total_seconds() - 60
        scale = min(1.0, room / span) if span > 0 else 1.0
        scale = max(scale, 0.0)
        pk, base = row["id"], len(batch.proposals)
        for offset, kind, actor, by_customer, body, data in steps:
            at = created_at + timedelta(seconds=offset * scale)
            if "proposal" in data:
                batch.proposal_refs.append((data, base + data["proposal"]))
            batch.interactions.append((pk, kind, actor, by_customer, body, data, at))
            if kind in (K.CALL, K.PROPOSED) and "first_contact_at" not in row:
                row["first_contact_at"] = at  # complaints.services.first_contact_record
            if kind == K.CLOSED:
                row["closed_at"] = at
                row["resolution_text"] = body
        for proposal in proposals:
            proposal["complaint_id"] = pk
            proposal["created_at"] = created_at + timedelta(seconds=proposal.pop("offset") * scale)
            answered = proposal.pop("answered_offset", None)
            if answered is not None and proposal["status"] != Proposal.Status.PENDING:
                proposal["answered_at"] = created_at + timedelta(seconds=answered * scale)
            else:
                proposal["answered_by_customer"] = False
            batch.proposals.append(proposal)
        row["updated_at"] = created_at + timedelta(seconds=span * scale)

    def outcome(self, *, row: dict, scenario: Scenario | None) -> None:
        """Validity, satisfaction and loyalty: known only once a complaint is closed."""
        rng = self.rng
        share = scenario.unjustified_share if scenario else 0.15
        if rng.random() < share:
            row["validity"] = Validity.UNJUSTIFIED
        else:
            row["validity"] = Validity.JUSTIFIED if rng.random() < 0.7 else Validity.PARTIAL
        row["satisfaction"] = choose(rng, SATISFACTION)
        row["loyalty"] = choose(rng, LOYALTY[row["satisfaction"]])
        code = choose(rng, ROOT_CAUSES[row["validity"] == Validity.UNJUSTIFIED])
        row["root_cause_id"] = self.root_causes.get(code)
