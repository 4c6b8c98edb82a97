"""A missed deadline marks the complaint overdue once and tells the department head and QMS."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from complaints.services import complaint_take
from notifications.models import Email

from .deadline_watch import DUE, at, complaint_registered, complaint_solved, watch


@pytest.fixture
def people(head, qms, responsible):
    head.language, qms.language = "ru", "ka"
    head.save(update_fields=["language"])
    qms.save(update_fields=["language"])
    second_qms = UserFactory(role=User.Role.QMS, language="en")
    UserFactory(role=User.Role.QMS, language="en", email="")  # no address: on the record, no e-mail
    return {"head": head, "qms": qms, "second_qms": second_qms, "responsible": responsible}


@pytest.fixture
def owned(department, agent, people):
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=people["responsible"])
    return complaint


def test_a_breach_is_marked_once_and_escalated_to_the_head_and_qms(owned, people, mailoutbox):
    # when: the job runs just before, just after and again later
    before = watch(at(26, 17, 59))[1]
    marked = [watch(at(26, 18, 5))[1], watch(at(26, 18, 10))[1], watch(at(27, 9))[1]]
    # then
    assert before == 0 and marked == [1, 0, 0]
    owned.refresh_from_db()
    assert owned.overdue_at == at(26, 18, 5)
    [entry] = Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.OVERDUE)
    assert entry.actor is None and entry.data["due_at"] == "20261126T140000Z"
    [record] = AuditRecord.objects.filter(action=AuditAction.COMPLAINT_OVERDUE, target_id=str(owned.pk))
    assert record.actor_label == "system" and record.data["due_at"] == "20261126T140000Z"
    overdue_mail = [m for m in mailoutbox if Email.objects.get(message_id=m.extra_headers["Message-ID"])
                    .key.startswith("overdue:")]
    assert sorted(m.to[0] for m in overdue_mail) == sorted(
        [people["head"].email, people["qms"].email, people["second_qms"].email])
    assert all(owned.tracking_number in m.subject for m in overdue_mail)
    assert Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.EMAIL_SENT).count() == len(mailoutbox)


def test_each_escalation_is_in_the_recipients_language(owned, people, mailoutbox):
    # when
    watch(at(26, 18, 5))
    # then
    subjects = {m.to[0]: m.subject for m in mailoutbox}
    assert subjects[people["head"].email] == f"Срок нарушен: жалоба {owned.tracking_number}"
    assert subjects[people["qms"].email] == f"ვადა დაირღვა: საჩივარი {owned.tracking_number}"
    assert subjects[people["second_qms"].email] == f"Deadline missed: complaint {owned.tracking_number}"
    assert "26 ноября 2026, 18:00 +04" in {m.to[0]: m.body for m in mailoutbox}[people["head"].email]


def test_the_mark_stays_when_the_complaint_is_closed_later(owned, people):
    # given
    watch(at(26, 18, 5))
    # when
    complaint_solved(complaint=owned, actor=people["responsible"], moment=at(27, 10))
    # then
    assert owned.status == "closed" and owned.overdue_at == at(26, 18, 5)
    assert owned.due_at == DUE


def test_a_complaint_solved_in_time_is_never_marked(owned, people, mailoutbox):
    # given: accepted (still open until closed) and then closed before the deadline
    complaint_solved(complaint=owned, actor=people["responsible"], moment=at(26, 12))
    # when
    watch(at(26, 18, 5))
    # then
    owned.refresh_from_db()
    assert owned.overdue_at is None
    assert not Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.OVERDUE).exists()
    assert not AuditRecord.objects.filter(action=AuditAction.COMPLAINT_OVERDUE).exists()


def test_an_accepted_but_not_closed_complaint_still_breaches(owned, people):
    # given: the customer accepted, nobody closed it
    complaint_solved(complaint=owned, actor=people["responsible"], moment=at(26, 12), close=False)
    # when
    watch(at(26, 18, 5))
    # then
    owned.refresh_from_db()
    assert owned.status == "accepted" and owned.overdue_at == at(26, 18, 5)
