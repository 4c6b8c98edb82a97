"""Reads of corrective actions. ``corrective_action_access`` is the only way to fetch one by user input."""

from datetime import date

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import DEPARTMENT, EVERYTHING, user_scope
from complaintdesk.errors import NotFound
from complaints.models import Complaint, Interaction

from .models import CorrectiveAction

CAPA_KINDS = [Interaction.Kind.CAPA_CREATED, Interaction.Kind.CAPA_STATUS_CHANGED,
              Interaction.Kind.CAPA_EFFECTIVENESS_RECORDED]


def corrective_action_visibility(user: User) -> Q:
    """QMS see every action; heads and responsibles their department's; everyone what they own or created."""
    mine = Q(owner_id=user.pk) | Q(created_by_id=user.pk)
    scope = user_scope(user)
    if scope == EVERYTHING:
        return Q()
    if scope == DEPARTMENT and user.department_id:
        in_department = CorrectiveAction.objects.filter(complaints__department_id=user.department_id)
        return mine | Q(pk__in=in_department.values("pk"))
    return mine


def corrective_action_list(*, user: User, status: str = "", check_overdue: bool = False,
                           today: date) -> QuerySet[CorrectiveAction]:
    """The actions ``user`` may see, newest first; ``check_overdue``: done, unchecked, check date passed."""
    actions = CorrectiveAction.objects.filter(corrective_action_visibility(user))
    if status:
        actions = actions.filter(status=status)
    if check_overdue:
        actions = actions.filter(status=CorrectiveAction.Status.DONE, result="", check_on__lt=today)
    complaints = Complaint.objects.only("id", "tracking_number").order_by("tracking_number")
    return (actions.select_related("owner")
            .prefetch_related(Prefetch("complaints", queryset=complaints))
            .order_by("-created_at", "-id"))


def corrective_action_access(*, user: User, action_id: int) -> CorrectiveAction:
    """The action, if ``user`` may see it; missing and hidden give the same error."""
    action = (CorrectiveAction.objects.filter(corrective_action_visibility(user), pk=action_id)
              .select_related("owner", "created_by", "checked_by").first())
    if action is None:
        raise NotFound(_("No corrective action %(id)s was found.") % {"id": action_id})
    return action


def corrective_action_complaints(*, action: CorrectiveAction) -> QuerySet[Complaint]:
    return action.complaints.select_related("department", "assignee").order_by("tracking_number")


def corrective_actions_of_complaint(*, complaint: Complaint) -> QuerySet[CorrectiveAction]:
    return (complaint.corrective_actions.select_related("owner").annotate(complaint_count=Count("complaints"))
            .order_by("-created_at", "-id"))


def customer_texts_of_complaint(*, complaint: Complaint) -> list[str]:
    """What the customer is told was changed to stop it recurring; cancelled actions say nothing."""
    return list(complaint.corrective_actions.exclude(status=CorrectiveAction.Status.CANCELLED)
                .exclude(customer_text="").order_by("created_at", "id").values_list("customer_text", flat=True))


def corrective_action_history(*, action: CorrectiveAction) -> list[Interaction]:
    """What happened to the action: the entries it wrote on one of its complaints (each has the same)."""
    first = action.complaints.order_by("pk").values_list("pk", flat=True)[:1]
    return list(Interaction.objects.filter(complaint_id__in=first, kind__in=CAPA_KINDS,
                                           data__corrective_action=action.pk)
                .select_related("actor").order_by("created_at", "id"))
