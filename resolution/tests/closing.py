"""Bring a complaint to a closable state through the real services, and close it."""

from importlib import import_module

from accounts.models import User
from complaints.choices import Loyalty, Satisfaction, Validity
from complaints.models import Complaint
from complaints.services import complaint_close
from resolution.investigation import complaint_investigation_record
from resolution.models import RootCause

CLOSE_ANSWERS = {"resolution": "The update was redone and the reports checked.",
                 "satisfaction": Satisfaction.SATISFIED, "loyalty": Loyalty.YES,
                 "thanked": True, "offered": False, "no_remedy": True}


def root_cause_ensure(*, code: str) -> RootCause:
    """The seeded root cause; re-created where a transactional test emptied the tables."""
    seed = import_module("resolution.migrations.0003_seed_root_causes_and_remedy_types")
    en, ru, ka = next(names for c, *names in seed.ROOT_CAUSES if c == code)
    return RootCause.objects.get_or_create(code=code, defaults={"name_en": en, "name_ru": ru, "name_ka": ka})[0]


def investigation_record(*, complaint: Complaint, actor: User) -> None:
    complaint_investigation_record(complaint=complaint, actor=actor, validity=Validity.JUSTIFIED,
                                   root_cause=root_cause_ensure(code="service_error"))


def complaint_close_complete(*, complaint: Complaint, actor: User, **answers) -> Complaint:
    """Record the investigation, then close with every answer given (``answers`` override them)."""
    investigation_record(complaint=complaint, actor=actor)
    return complaint_close(complaint=complaint, actor=actor, **{**CLOSE_ANSWERS, **answers})
