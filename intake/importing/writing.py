"""One batch of checked rows written as historical complaints, with their timeline and audit records."""

from collections import defaultdict

from django.utils import timezone

from accounts.models import User
from audit.models import AuditAction
from audit.services import audit_records_append
from complaints.choices import OPEN_STATUSES, Kind
from complaints.models import Complaint, Interaction
from complaints.services import hand_off_target
from deadlines.policy import solution_due_at
from deadlines.selectors import DeadlineRules
from intake.services import search_text_for
from intake.tracking import access_token_new, tracking_numbers_take
from similarity.backfill import similarity_index_many

from .models import ImportedRow, ImportRun
from .rows import Row


def complaint_date(*, complaint: Complaint, rules: DeadlineRules, now) -> None:
    """The deadline the complaint had when it was registered; an open one already late is marked so.

    Marking it keeps the breach scan from escalating, by e-mail, what was late long before the import.
    """
    complaint.due_at = solution_due_at(registered_at=complaint.created_at, department_id=complaint.department_id,
                                       kind=complaint.kind, origin=complaint.origin,
                                       importance=complaint.importance, rules=rules)
    if complaint.status in OPEN_STATUSES and complaint.due_at < now:
        complaint.overdue_at = now
    if complaint.kind != Kind.COMPLAINT:
        complaint.hand_off_to = hand_off_target(complaint.kind)


def numbers_give(complaints: list[Complaint]) -> None:
    """Tracking numbers of the year each complaint was registered, taken a year at a time."""
    by_year: dict[int, list[Complaint]] = defaultdict(list)
    for complaint in complaints:
        by_year[timezone.localtime(complaint.created_at).year].append(complaint)
    for year, members in sorted(by_year.items()):
        for complaint, number in zip(members, tracking_numbers_take(year=year, count=len(members)), strict=True):
            complaint.tracking_number = number


def complaints_write(*, run: ImportRun, user: User, items: list[tuple[Row, Complaint]],
                     rules: DeadlineRules) -> list[Complaint]:
    """Save the complaints of ``items`` (rows already known to be new). Call inside the batch's transaction."""
    now = timezone.now()
    complaints = [complaint for _row, complaint in items]
    for complaint in complaints:
        complaint_date(complaint=complaint, rules=rules, now=now)
        complaint.access_token = access_token_new()
        complaint.registered_by = user
    numbers_give(complaints)
    for complaint in complaints:
        complaint.search_text = search_text_for(complaint)
    Complaint.objects.bulk_create(complaints)
    similarity_index_many(complaints=complaints)
    ImportedRow.objects.bulk_create([ImportedRow(run=run, row=row.number, key=row.key, complaint=complaint)
                                     for row, complaint in items])
    Interaction.objects.bulk_create([
        Interaction(complaint=complaint, kind=Interaction.Kind.IMPORTED, actor=user,
                    data={"file": run.file_name, "row": row.number}, created_at=complaint.created_at)
        for row, complaint in items])
    audit_records_append(actor=user, entries=[
        (AuditAction.COMPLAINT_IMPORTED, complaint, {"import": run.pk, "file": run.file_name, "row": row.number,
                                                     "tracking_number": complaint.tracking_number})
        for row, complaint in items])
    return complaints
