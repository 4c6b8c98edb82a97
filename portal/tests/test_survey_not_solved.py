"""'Not solved' reopens the complaint under a new deadline and e-mails the responsible in their language."""

import pytest
import time_machine

from audit.models import AuditAction, AuditRecord
from complaints.choices import Status
from complaints.models import Interaction
from deadlines.policy import solution_due_at
from followup.tests.conftest import local
from followup.tests.surveys import ANSWERS, survey_sent
from notifications.models import Email

LATER = local(2026, 11, 25, 12, 0)


@pytest.mark.django_db
def test_not_solved_reopens_the_complaint_with_a_new_deadline(client, department, responsible):
    # given
    responsible.language, responsible.email = "en", "responsible@example.com"
    responsible.save(update_fields=["language", "email"])
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(LATER, tick=False):
        response = client.post(path, {**ANSWERS, "solved": "no", "handling_score": "2", "keeps_working": "undecided",
                                      "recommend_score": "3", "comment": "The reports still do not open."},
                               follow=True)
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.reopen_count == 1
    assert complaint.closed_at is None and complaint.overdue_at is None
    assert complaint.due_at == solution_due_at(registered_at=LATER, department_id=department.pk)
    assert "Your complaint is open again" in response.content.decode()
    entry = complaint.interactions.filter(kind=Interaction.Kind.REOPENED).get()
    assert entry.by_customer and entry.actor is None and entry.body == "The reports still do not open."
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_REOPENED, target_id=str(complaint.pk),
                                      actor_label="customer").exists()
    email = Email.objects.get(key__startswith=f"survey-reopened:{complaint.pk}:")
    assert email.to == ["responsible@example.com"] and email.language == "en"
    assert email.subject == (f"Complaint {complaint.tracking_number} reopened: the customer says the problem "
                             "is not solved")
    assert "The reports still do not open." in email.text


@pytest.mark.django_db
def test_solved_leaves_the_complaint_closed(client, department, responsible):
    # given
    complaint, path = survey_sent(department=department, driver=responsible)
    # when
    with time_machine.travel(LATER, tick=False):
        client.post(path, ANSWERS)
    # then
    complaint.refresh_from_db()
    assert complaint.status == Status.CLOSED and complaint.reopen_count == 0
    assert not Email.objects.filter(key__startswith="survey-reopened:").exists()
