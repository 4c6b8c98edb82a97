"""What the API reads and writes: chosen fields only (never the customer's link token or search text)."""

from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from ninja import Field, Schema

from complaints.choices import Importance, Kind, Validity
from complaints.models import Complaint, Interaction
from resolution.models import Proposal, Remedy


class ComplaintCreateIn(Schema):
    """The customer's account of the complaint; blank required fields are refused by name."""

    contact_name: str = ""
    description: str = ""
    organisation: str = ""
    contact_position: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    contact_address: str = ""
    account_ref: str = ""
    occurred_on: date | None = None
    product: str = ""
    performed_by: str = ""
    emotion: str = ""
    desired_outcome: str = ""
    desired_outcome_detail: str = ""
    language: str = Field("", description="The customer's language (ka, ru, en); default: detected from the text, else the request's.")
    kind: Literal[tuple(Kind.values)] = Kind.COMPLAINT  # type: ignore[valid-type]
    importance: Literal[("", *Importance.values)] = ""  # type: ignore[valid-type]


class ComplaintOut(Schema):
    number: str = Field(..., alias="tracking_number")
    kind: str
    origin: str
    channel: str
    status: str
    importance: str
    language: str
    department: str | None
    assignee: str | None
    organisation: str
    contact_name: str
    product: str
    created_at: datetime
    due_at: datetime
    closed_at: datetime | None

    @staticmethod
    def resolve_department(obj: Complaint) -> str | None:
        return obj.department.code if obj.department_id else None

    @staticmethod
    def resolve_assignee(obj: Complaint) -> str | None:
        return obj.assignee.username if obj.assignee_id else None


class ReceiptOut(Schema):
    """A complaint accepted at once (``Prefer: respond-async``): its number now, its registration a moment later."""

    number: str
    status: Literal["received", "registered", "failed"]
    received_at: datetime
    complaint_url: str | None = Field(None, description="Once registered: the complaint in this API.")
    status_url: str
    error: str = Field("", description="Why it could not be registered (status ``failed``).")


class ComplaintPageOut(Schema):
    items: list[ComplaintOut]
    next_cursor: str | None


class InteractionOut(Schema):
    id: int
    kind: str
    kind_label: str
    actor: str | None
    by_customer: bool
    body: str
    created_at: datetime

    @staticmethod
    def resolve_kind(obj: Interaction) -> str:
        return Interaction.Kind(obj.kind).name.lower()

    @staticmethod
    def resolve_kind_label(obj: Interaction) -> str:
        return str(obj.get_kind_display())

    @staticmethod
    def resolve_actor(obj: Interaction) -> str | None:
        return obj.actor.username if obj.actor_id else None


class ComplaintDetailOut(ComplaintOut):
    contact_position: str
    contact_phone: str
    contact_email: str
    contact_address: str
    account_ref: str
    occurred_on: date | None
    performed_by: str
    description: str
    emotion: str
    desired_outcome: str
    desired_outcome_detail: str
    resolution_text: str
    satisfaction: str
    loyalty: str
    timeline: list[InteractionOut] = []


class InteractionIn(Schema):
    kind: Literal["note", "call"] = "note"
    body: str = ""


class ProposalIn(Schema):
    text: str = ""
    alternatives: list[str] = []


class ProposalOut(Schema):
    id: int
    text: str
    alternatives: list[str]
    status: str
    created_at: datetime

    @staticmethod
    def resolve_status(obj: Proposal) -> str:
        return str(obj.status)


class TransitionIn(Schema):
    action: Literal["take", "accept", "reject", "reopen", "hand_off"]
    option: int = Field(0, ge=0, description="accept: 0 is the proposed solution, 1… its alternatives.")
    reason: str = Field("", description="reject, reopen, hand_off: why.")
    kind: str = Field("", description="hand_off: objection, inquiry or interest.")


class CloseIn(Schema):
    resolution: str = ""
    satisfaction: str = ""
    loyalty: str = ""
    thanked: bool | None = None
    offered: bool | None = None
    no_remedy: bool = False


class InvestigationIn(Schema):
    validity: Literal[tuple(Validity.values)]  # type: ignore[valid-type]
    root_cause: str = Field(..., description="A root cause code, see GET /reference.")
    note: str = ""


class RemedyIn(Schema):
    type: str = Field(..., description="A remedy type code, see GET /reference.")
    value: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=2)
    currency: str = Field("", description="ISO 4217 code; default: the company's currency.")
    note: str = ""


class RemedyOut(Schema):
    id: int
    type: str
    value: Decimal | None
    currency: str
    coupon_code: str | None
    created_at: datetime

    @staticmethod
    def resolve_type(obj: Remedy) -> str:
        return obj.type.code


class TransferIn(Schema):
    department: str = Field("", description="A department code; empty: the person's department.")
    person: str = Field("", description="A user name; empty: the department's queue.")
    reason: str = ""
    customer_explanation: str = Field("", description="What the customer is told: who handles it now, and why.")


class DelayIn(Schema):
    new_due_on: date | None = Field(None, description="The working day the solution will be given.")
    reason: str = ""
    customer_message: str = Field("", description="What the customer is told; default: the reason.")


class ReferenceItem(Schema):
    code: str
    name: str


class RemedyTypeItem(ReferenceItem):
    has_value: bool
    issues_coupon: bool


class ReferenceOut(Schema):
    departments: list[ReferenceItem]
    root_causes: list[ReferenceItem]
    remedy_types: list[RemedyTypeItem]
    validity: list[ReferenceItem]
