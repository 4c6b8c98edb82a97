"""Complaints over HTTP: each endpoint parses, passes the access gate, calls one service."""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Field as SchemaField
from ninja import Header, Query, Router, Schema, Status

from complaints.choices import Channel
from complaints.models import Complaint, Interaction
from complaints.selectors import (
    QueueFilters,
    complaint_access,
    complaint_list_for_queue,
    complaint_timeline,
)
from complaints.services import (
    complaint_close,
    complaint_hand_off,
    complaint_note_add,
    complaint_reopen,
    complaint_take,
)
from intake.models import Receipt
from intake.receiving import complaint_receive
from intake.selectors import receipt_access
from intake.services import complaint_register
from resolution.models import Proposal
from resolution.services import proposal_answer, proposal_create

from .schemas import (
    CloseIn,
    ComplaintCreateIn,
    ComplaintDetailOut,
    ComplaintOut,
    ComplaintPageOut,
    InteractionIn,
    InteractionOut,
    ProposalIn,
    ProposalOut,
    ReceiptOut,
    TransitionIn,
)
from .services import complaint_register_once, request_fingerprint

router = Router(tags=["complaints"])

MAX_PAGE_SIZE = 100


class QueueQuery(Schema):
    status: str = ""
    department: int | None = None
    assignee: int | None = None
    importance: str = ""
    kind: str = ""
    channel: str = ""
    language: str = ""
    overdue: bool = False
    open_only: bool = False
    needs_language: bool = False
    search: str = ""
    cursor: str = ""
    limit: int = SchemaField(50, ge=1, le=MAX_PAGE_SIZE)


@router.post("/complaints", response={200: ComplaintOut, 201: ComplaintOut, 202: ReceiptOut})
def complaint_create(request: HttpRequest, response: HttpResponse, payload: ComplaintCreateIn,
                     idempotency_key: str = Header("", alias="Idempotency-Key"),
                     prefer: str = Header("", alias="Prefer")) -> Status:
    """Register a complaint (channel ``api``). Repeating a request with the same ``Idempotency-Key``
    returns the complaint registered the first time, with status 200.

    With ``Prefer: respond-async`` the complaint is accepted at once — checked, numbered and stored —
    and answered with 202 and its number; the worker registers it a moment later, dated from
    when it arrived. ``Location`` (``GET /receipts/{number}``) tells when it is registered.
    """
    data = payload.dict()
    language = data.pop("language")  # empty: detected from the text, else the request's language
    kind, importance = data.pop("kind"), data.pop("importance")
    asynchronous = "respond-async" in prefer.lower()

    def register() -> Complaint | Receipt:
        if asynchronous:
            return complaint_receive(channel=Channel.API, fields=data, registered_by=request.auth.user,
                                     language=language, kind=kind, importance=importance)
        return complaint_register(channel=Channel.API, fields=data, registered_by=request.auth.user,
                                  language=language, kind=kind, importance=importance)

    made, created = complaint_register_once(token=request.auth, key=idempotency_key.strip(),
                                            request_hash=request_fingerprint(payload.dict()), register=register)
    complaint = made.complaint if isinstance(made, Receipt) else made
    if asynchronous or complaint is None:
        receipt = receipt_out(made)
        response["Location"] = receipt["status_url"]
        if asynchronous:
            response["Preference-Applied"] = "respond-async"
        return Status(202, receipt)
    return Status(201 if created else 200, complaint)


@router.get("/receipts/{number}", response=ReceiptOut, url_name="receipt_detail")
def receipt_detail(request: HttpRequest, number: str) -> dict:
    """A complaint accepted with ``Prefer: respond-async``: received, registered (with its URL), or failed."""
    return receipt_out(receipt_access(user=request.auth.user, number=number))


def receipt_out(made: Complaint | Receipt) -> dict:
    number = made.tracking_number
    if isinstance(made, Complaint):  # an earlier request with the same key registered it at once
        status, received_at, registered, error = "registered", made.created_at, True, ""
    else:
        status, received_at, error = made.status, made.received_at, made.last_error
        registered = made.status == Receipt.Status.REGISTERED
    return {
        "number": number, "status": status, "received_at": received_at, "error": error,
        "status_url": reverse("api:receipt_detail", kwargs={"number": number}),
        "complaint_url": reverse("api:complaint_detail", kwargs={"number": number}) if registered else None,
    }


@router.get("/complaints", response=ComplaintPageOut)
def complaint_list(request: HttpRequest, query: Query[QueueQuery]) -> dict:
    """The queue, by deadline: pass ``next_cursor`` back as ``cursor`` for the next page."""
    params = query.dict()
    cursor, limit = params.pop("cursor"), params.pop("limit")
    page = complaint_list_for_queue(user=request.auth.user, filters=QueueFilters(**params), cursor=cursor,
                                    page_size=limit)
    return {"items": page.complaints, "next_cursor": page.next_cursor}


@router.get("/complaints/{number}", response=ComplaintDetailOut, url_name="complaint_detail")
def complaint_detail(request: HttpRequest, number: str) -> Complaint:
    complaint = complaint_access(user=request.auth.user, number=number)
    complaint.timeline = list(complaint_timeline(complaint=complaint))
    return complaint


@router.post("/complaints/{number}/interactions", response={201: InteractionOut})
def interaction_create(request: HttpRequest, number: str, payload: InteractionIn) -> Status[Interaction]:
    """Record a note, or a call with the customer."""
    complaint = complaint_access(user=request.auth.user, number=number)
    return Status(201, complaint_note_add(complaint=complaint, actor=request.auth.user, body=payload.body,
                                          is_call=payload.kind == "call"))


@router.post("/complaints/{number}/proposals", response={201: ProposalOut})
def proposal_post(request: HttpRequest, number: str, payload: ProposalIn) -> Status[Proposal]:
    complaint = complaint_access(user=request.auth.user, number=number)
    return Status(201, proposal_create(complaint=complaint, actor=request.auth.user, text=payload.text,
                                       alternatives=payload.alternatives))


@router.post("/complaints/{number}/transitions", response=ComplaintOut)
def transition_post(request: HttpRequest, number: str, payload: TransitionIn) -> Complaint:
    """``take``; ``accept`` (with ``option``) or ``reject`` (with ``reason``) the customer's answer
    to the pending proposal; ``reopen`` (``reason``); ``hand_off`` (``kind``, ``reason``)."""
    user = request.auth.user
    complaint = complaint_access(user=user, number=number)
    if payload.action == "take":
        complaint_take(complaint=complaint, actor=user)
    elif payload.action in ("accept", "reject"):
        proposal_answer(complaint=complaint, accept=payload.action == "accept", option=payload.option,
                        reason=payload.reason, actor=user)
    elif payload.action == "reopen":
        complaint_reopen(complaint=complaint, actor=user, reason=payload.reason)
    else:
        complaint_hand_off(complaint=complaint, actor=user, kind=payload.kind, reason=payload.reason)
    return complaint_access(user=user, number=number)


@router.post("/complaints/{number}/close", response=ComplaintOut)
def close_post(request: HttpRequest, number: str, payload: CloseIn) -> Complaint:
    """Close with the closing data; refused (``closing_incomplete``) with each missing piece in ``missing``."""
    complaint = complaint_access(user=request.auth.user, number=number)
    complaint_close(complaint=complaint, actor=request.auth.user, **payload.dict())
    return complaint_access(user=request.auth.user, number=number)
