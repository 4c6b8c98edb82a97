"""The investigation, remedies, transfer and delay over HTTP: the same services as the staff page.

Codes name the catalogue entries (``GET /reference`` lists them); an unknown code is a field error.
"""

from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router, Status

from accounts.models import User
from complaints.choices import Validity
from complaints.models import Complaint
from complaints.selectors import complaint_access
from deadlines.services import deadline_extend
from resolution.investigation import complaint_investigation_record
from resolution.models import Remedy, RemedyType, RootCause
from resolution.remedies import remedy_give
from routing.models import Department
from routing.services import complaint_transfer

from .schemas import ComplaintOut, DelayIn, InvestigationIn, ReferenceOut, RemedyIn, RemedyOut, TransferIn

router = Router(tags=["resolution"])

M = TypeVar("M", bound=Model)


def by_code(model: type[M], *, field: str, value: str, lookup: str = "code") -> M:
    """The catalogue entry ``value`` names, or a 422 that names the field."""
    found = model._default_manager.filter(**{lookup: value.strip()}).first() if value.strip() else None
    if found is None:
        raise ValidationError({field: _("“%(value)s” is not a known code.") % {"value": value}})
    return found


@router.post("/complaints/{number}/investigation", response=ComplaintOut)
def investigation_post(request: HttpRequest, number: str, payload: InvestigationIn) -> Complaint:
    """Record the validity and the root cause; a later record replaces an earlier one."""
    complaint = complaint_access(user=request.auth.user, number=number)
    root_cause = by_code(RootCause, field="root_cause", value=payload.root_cause)
    complaint_investigation_record(complaint=complaint, actor=request.auth.user, validity=payload.validity,
                                   root_cause=root_cause, note=payload.note)
    return complaint_access(user=request.auth.user, number=number)


@router.post("/complaints/{number}/remedies", response={201: RemedyOut})
def remedy_post(request: HttpRequest, number: str, payload: RemedyIn) -> Status[Remedy]:
    """Record a remedy; a discount coupon comes back with its code."""
    complaint = complaint_access(user=request.auth.user, number=number)
    remedy_type = by_code(RemedyType, field="type", value=payload.type)
    return Status(201, remedy_give(complaint=complaint, actor=request.auth.user, remedy_type=remedy_type,
                                   value=payload.value, currency=payload.currency, note=payload.note))


@router.post("/complaints/{number}/transfer", response=ComplaintOut)
def transfer_post(request: HttpRequest, number: str, payload: TransferIn) -> Complaint:
    """Hand the complaint to a person and/or department, saying why."""
    complaint = complaint_access(user=request.auth.user, number=number)
    department = by_code(Department, field="department", value=payload.department) if payload.department else None
    person = (by_code(User, field="person", value=payload.person, lookup="username")
              if payload.person else None)
    moved = complaint_transfer(complaint=complaint, actor=request.auth.user, to_department=department,
                               to_user=person, reason=payload.reason,
                               customer_explanation=payload.customer_explanation)
    return moved


@router.post("/complaints/{number}/delay", response=ComplaintOut)
def delay_post(request: HttpRequest, number: str, payload: DelayIn) -> Complaint:
    """Move the deadline to the end of a later working day and tell the customer why."""
    complaint = complaint_access(user=request.auth.user, number=number)
    return deadline_extend(complaint=complaint, actor=request.auth.user, reason=payload.reason,
                           new_due_at=payload.new_due_on, customer_message=payload.customer_message)


@router.get("/reference", response=ReferenceOut)
def reference(request: HttpRequest) -> dict:
    """The codes the other endpoints take, with names in the request's language."""
    return {
        "departments": Department.objects.filter(is_active=True).order_by("code"),
        "root_causes": RootCause.objects.filter(is_active=True).order_by("pk"),
        "remedy_types": RemedyType.objects.filter(is_active=True).order_by("pk"),
        "validity": [{"code": value, "name": str(label)} for value, label in Validity.choices],
    }
