"""The shape every language module fills: the words a seeded complaint is made of.

Templates are ``str.format`` strings; the slots are filled per complaint:
``{product}`` (from ``products`` of the scenario's subject category), ``{date}``
(the day it happened, written with ``months``), ``{report}``, ``{wait}``,
``{employee}``, ``{amount}`` and ``{number}``. Each language module writes its
sentences so that the slot fits the grammar (the noun before a quoted product
name carries the case, not the name).
"""

from collections.abc import Callable
from dataclasses import dataclass
from random import Random


@dataclass(frozen=True)
class Contact:
    name: str
    email_local: str  # the name in Latin letters, for an e-mail address


@dataclass(frozen=True)
class LanguageTexts:
    code: str
    weight: int  # share of seeded complaints written in this language
    months: tuple[str, ...]  # 12 month names, in the form used after a day number ("12 марта")
    complaints: dict[str, tuple[str, ...]]  # scenario code: description templates
    internal: dict[str, tuple[str, ...]]  # internal scenario code: templates
    appeals: dict[str, tuple[str, ...]]  # kind (objection, inquiry, interest): templates
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    emotions: tuple[str, ...]
    outcome_details: dict[str, tuple[str, ...]]  # desired outcome: what exactly the customer wants
    performed_by: tuple[str, ...]  # an employee's work
    delivered_by: str  # the courier's, for deliveries and equipment
    products: dict[str, tuple[str, ...]]  # subject category code: product or program names
    reports: tuple[str, ...]
    waits: tuple[str, ...]
    employees: tuple[str, ...]
    positions: tuple[str, ...]
    organisations: tuple[tuple[str, str], ...]  # (name, Latin slug for the mail domain)
    organisation_forms: tuple[str, ...]  # e.g. "ООО «{}»"
    addresses: tuple[str, ...]  # templates with {n}
    proposals: dict[str, tuple[str, ...]]  # desired outcome: solution texts
    alternatives: tuple[str, ...]
    rejections: tuple[str, ...]
    notes: tuple[str, ...]
    calls: tuple[str, ...]
    closings: tuple[str, ...]
    hand_off_reasons: tuple[str, ...]
    contact: Callable[[Random], Contact]
    phone: Callable[[Random], str]
    amount: Callable[[Random], str]
    account_ref: Callable[[Random], str]
    delay_reasons: tuple[str, ...] = ()  # why the solution is late (delay notices)

    def date(self, day: int, month: int) -> str:
        return f"{day} {self.months[month - 1]}"
