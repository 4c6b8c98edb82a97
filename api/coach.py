"""The reply coach over HTTP: findings with character offsets, before a reply is sent."""

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema

from coaching.selectors import MAX_TEXT, reply_coach
from complaintdesk.errors import DomainError
from complaints.selectors import complaint_access

router = Router(tags=["coach"])


class CoachCheckIn(Schema):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT, description="The reply as it stands.")
    language: str = Field("", max_length=8, description="ru, ka, en…; default: detected from the text, "
                                                        "else the complaint's language.")
    complaint: str = Field("", max_length=32, description="The complaint's tracking number: admitting fault "
                                                         "is right only once it is judged justified.")


class FindingOut(Schema):
    start: int = Field(..., description="Offset of the first character, in Unicode code points.")
    end: int = Field(..., description="Offset after the last character; equal to start for the whole reply.")
    category: str
    severity: str
    explanation: str
    suggestion: str
    rule: int | None = None


class CoachCheckOut(Schema):
    language: str
    pack_version: int | None = Field(None, description="The version of the phrase pack used; null: none.")
    findings: list[FindingOut]


@router.post("/coach/check", response=CoachCheckOut)
def coach_check(request: HttpRequest, payload: CoachCheckIn) -> dict:
    """Check a reply against the phrases not to say and the conversation script."""
    complaint = complaint_access(user=request.auth.user, number=payload.complaint) if payload.complaint else None
    result = reply_coach(text=payload.text, language=payload.language, complaint=complaint)
    if payload.language.strip() and result.pack_version is None:
        raise DomainError(_("The coach has no rules for the language “%(language)s”.")
                          % {"language": payload.language}, code="no_phrase_pack")
    return result.as_dict()
