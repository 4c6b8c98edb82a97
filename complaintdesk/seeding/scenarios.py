"""What a seeded appeal is about, independent of its language.

Each language module (``texts/ru.py``, ``texts/ka.py``, ``texts/en.py``) writes the
same scenarios in its own words; the generator picks a scenario first, then one of
its texts, so the category, department and wanted outcome always match the story.
"""

from dataclasses import dataclass

from complaints.choices import DesiredOutcome as O
from complaints.choices import Importance as I  # noqa: E741 — short on purpose, used in a table


@dataclass(frozen=True)
class Scenario:
    code: str
    subject: str  # subject category code (catalogue.SUBJECTS)
    cause: str  # cause category code (catalogue.CAUSES)
    weight: int  # how often it happens, relative to the others
    importance: tuple[tuple[str, int], ...]
    outcomes: tuple[str, ...]
    unjustified_share: float = 0.15  # how often the investigation finds it unjustified


ROUTINE = ((I.LOW, 20), (I.NORMAL, 60), (I.HIGH, 17), (I.CRITICAL, 3))
SERIOUS = ((I.LOW, 5), (I.NORMAL, 40), (I.HIGH, 40), (I.CRITICAL, 15))
MINOR = ((I.LOW, 45), (I.NORMAL, 45), (I.HIGH, 10))

COMPLAINTS: tuple[Scenario, ...] = (
    Scenario("update_broke_reports", "subj-accounting", "cause-update", 9, SERIOUS, (O.REPAIR, O.APOLOGY)),
    Scenario("vat_return_wrong", "subj-reporting", "cause-defect", 6, SERIOUS, (O.REPAIR, O.REFUND)),
    Scenario("payroll_wrong", "subj-payroll", "cause-defect", 6, SERIOUS, (O.REPAIR, O.APOLOGY)),
    Scenario("program_slow", "subj-trade", "cause-defect", 6, ROUTINE, (O.REPAIR, O.DISCOUNT)),
    Scenario("licence_not_activated", "subj-licences", "cause-service-error", 4, ROUTINE, (O.REPAIR, O.REFUND)),
    Scenario("callback_not_made", "subj-support-line", "cause-promise", 9, ROUTINE, (O.APOLOGY, O.REPAIR)),
    Scenario("rude_employee", "subj-support-line", "cause-attitude", 6, ROUTINE, (O.APOLOGY,)),
    Scenario("wrong_advice", "subj-support-line", "cause-advice", 5, ROUTINE, (O.REPAIR, O.APOLOGY)),
    Scenario("wrong_invoice", "subj-billing", "cause-invoice", 7, ROUTINE, (O.REFUND, O.EXCHANGE, O.OTHER)),
    Scenario("double_charge", "subj-billing", "cause-invoice", 4, SERIOUS, (O.REFUND, O.STORE_CREDIT)),
    Scenario("price_raised", "subj-licences", "cause-price-level", 4, MINOR, (O.DISCOUNT, O.APOLOGY),
             unjustified_share=0.45),
    Scenario("delivery_late", "subj-delivery", "cause-delivery", 7, ROUTINE, (O.DISCOUNT, O.APOLOGY, O.REFUND)),
    Scenario("delivery_wrong_item", "subj-delivery", "cause-delivery", 4, ROUTINE, (O.EXCHANGE, O.REPLACEMENT)),
    Scenario("register_broken", "subj-equipment", "cause-defect", 5, SERIOUS, (O.REPLACEMENT, O.REPAIR)),
    Scenario("implementation_late", "subj-implementation", "cause-deadline", 5, SERIOUS,
             (O.DISCOUNT, O.REPAIR, O.APOLOGY)),
    Scenario("migration_lost_data", "subj-implementation", "cause-service-error", 4, SERIOUS,
             (O.REPAIR, O.REFUND)),
    Scenario("no_backup_before_update", "subj-cloud", "cause-service-error", 3, SERIOUS, (O.REPAIR, O.REFUND)),
    Scenario("cloud_unavailable", "subj-cloud", "cause-defect", 5, SERIOUS, (O.STORE_CREDIT, O.DISCOUNT)),
    Scenario("training_cancelled", "subj-training", "cause-not-informed", 3, MINOR, (O.EXCHANGE, O.REFUND)),
    Scenario("trainer_unprepared", "subj-training", "cause-advice", 3, MINOR, (O.REPAIR, O.DISCOUNT)),
    Scenario("ticket_no_answer", "subj-support-line", "cause-no-answer", 8, ROUTINE, (O.REPAIR, O.APOLOGY)),
    Scenario("engineer_no_show", "subj-implementation", "cause-promise", 5, ROUTINE, (O.APOLOGY, O.DISCOUNT)),
    Scenario("documents_missing", "subj-billing", "cause-paperwork", 4, MINOR, (O.OTHER,)),
    Scenario("subscription_lapsed", "subj-updates", "cause-not-informed", 4, ROUTINE, (O.STORE_CREDIT, O.DISCOUNT)),
    Scenario("customer_deleted_data", "subj-accounting", "cause-customer", 3, ROUTINE, (O.REPAIR,),
             unjustified_share=0.8),
    Scenario("report_not_sent", "subj-reporting", "cause-defect", 4, SERIOUS, (O.REFUND, O.REPAIR)),
)

# Internal complaints ("appeal to QMS"): failures an employee noticed, from the seed document's list.
INTERNAL: tuple[Scenario, ...] = (
    Scenario("int_callback_missed", "subj-support-line", "cause-promise", 5, ROUTINE, ()),
    Scenario("int_refund_late", "subj-billing", "cause-deadline", 3, SERIOUS, ()),
    Scenario("int_wrong_product", "subj-licences", "cause-advice", 3, ROUTINE, ()),
    Scenario("int_request_unprocessed", "subj-support-line", "cause-no-answer", 4, ROUTINE, ()),
    Scenario("int_no_backup", "subj-cloud", "cause-service-error", 3, SERIOUS, ()),
    Scenario("int_contact_wrong", "subj-billing", "cause-paperwork", 2, MINOR, ()),
    Scenario("int_obligation_unfulfilled", "subj-implementation", "cause-promise", 3, SERIOUS, ()),
    Scenario("int_renewal_not_called", "subj-updates", "cause-not-informed", 3, ROUTINE, ()),
    Scenario("int_contract_scan_missing", "subj-licences", "cause-paperwork", 2, MINOR, ()),
)
