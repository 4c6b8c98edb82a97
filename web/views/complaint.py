"""The complaint page: all its data, the timeline, the script and the actions the user may take."""

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from accounts.models import User
from accounts.permissions import Perm, can
from coaching.script import ScriptStep
from complaints.choices import Status
from complaints.models import Complaint
from complaints.selectors import complaint_timeline
from complaints.workflow import Action, transition_allowed
from deadlines.selectors import complaints_time_left
from resolution.models import Proposal
from resolution.selectors import proposal_latest
from web.complaint_facts import complaint_facts
from web.forms.actions import AnswerForm, HandOffForm, NoteForm, ProposeForm, ReopenForm

from .access import with_complaint

# action shown: (permission, state-machine action or None when any status will do)
ACTIONS: dict[str, tuple[Perm, Action | None]] = {
    "take": (Perm.TAKE, Action.TAKE),
    "note": (Perm.NOTE, None),
    "script": (Perm.SCRIPT, None),
    "propose": (Perm.PROPOSE, Action.PROPOSE),
    "answer": (Perm.RECORD_ANSWER, Action.ACCEPT),
    "close": (Perm.CLOSE, Action.CLOSE),
    "reopen": (Perm.REOPEN, Action.REOPEN),
    "hand_off": (Perm.HAND_OFF, Action.HAND_OFF),
}


def actions_available(*, user: User, complaint: Complaint, proposal: Proposal | None) -> dict[str, bool]:
    """Which action forms to show: the user may, and the complaint's status allows it."""
    shown = {
        name: can(user, perm, complaint) and (action is None or transition_allowed(status=complaint.status,
                                                                                    action=action))
        for name, (perm, action) in ACTIONS.items()
    }
    # The owner named by routing or a transfer still starts the work; once started, taking again is moot.
    shown["take"] = shown["take"] and (complaint.assignee_id != user.pk or complaint.status == Status.NEW)
    shown["answer"] = shown["answer"] and proposal is not None and proposal.status == Proposal.Status.PENDING
    return shown


def status_page_url(request: HttpRequest, complaint: Complaint) -> str:
    """The customer's own status page on the portal, to give them by phone or e-mail."""
    return request.build_absolute_uri(reverse("portal:track", kwargs={"token": complaint.access_token}))


@login_required
@require_safe
@with_complaint
def complaint_page(request: HttpRequest, complaint: Complaint) -> HttpResponse:
    # The newest proposal, whatever its answer: the page shows it and what the customer said.
    proposal = proposal_latest(complaint=complaint)
    actions = actions_available(user=request.user, complaint=complaint, proposal=proposal)
    now = timezone.now()
    context = {
        "complaint": complaint,
        "facts": complaint_facts(complaint),
        "attachments": complaint.attachments.order_by("created_at", "id"),
        "timeline": complaint_timeline(complaint=complaint),
        "proposal": proposal,
        "script_steps": [(step, step in complaint.script_steps) for step in ScriptStep],
        "actions": actions,
        "any_action": any(shown for name, shown in actions.items() if name != "script"),
        "status_url": status_page_url(request, complaint),
        "now": now,
        "time_left": complaints_time_left(complaints=[complaint], now=now).get(complaint.pk, ""),
        "note_form": NoteForm(auto_id="note-%s"),
        "propose_form": ProposeForm(auto_id="propose-%s"),
        "answer_form": AnswerForm(auto_id="answer-%s", proposal=proposal),
        "reopen_form": ReopenForm(auto_id="reopen-%s"),
        "hand_off_form": HandOffForm(auto_id="hand-off-%s"),
    }
    return render(request, "web/complaint.html", context)


@login_required
@require_safe
@with_complaint
def attachment_download(request: HttpRequest, complaint: Complaint, attachment_id: int) -> HttpResponse:
    """A file of a complaint the user may see; never served from a public media URL."""
    attachment = complaint.attachments.filter(pk=attachment_id).first()
    if attachment is None:
        return render(request, "web/not_found.html", status=404)
    return FileResponse(attachment.file.open("rb"), as_attachment=True, filename=attachment.name,
                        content_type=attachment.content_type)
