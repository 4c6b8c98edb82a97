"""A complaint goes to a responsible person who speaks its language, or is flagged to the department head."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from audit.models import AuditAction, AuditRecord
from complaintdesk.tests.worker import worker_run
from complaints.models import Interaction
from complaints.services import complaint_take
from notifications.models import Email
from routing.tests.factories import AssignmentRuleFactory


def responsible_make(department, username: str, languages: list[str]) -> User:
    return UserFactory(username=username, role=User.Role.RESPONSIBLE, department=department, languages=languages)


def test_the_least_loaded_speaker_of_the_language_gets_it(register, department):
    # given: two Georgian speakers; the first already owns two open complaints
    responsible_make(department, "anna", ["ru"])
    busy = responsible_make(department, "beka", ["ka", "ru"])
    free = responsible_make(department, "dato", ["ka"])
    for _ in range(2):
        complaint_take(complaint=register(language="ru"), actor=busy)
    # when
    complaint = register(language="ka")
    # then
    assert complaint.assignee == free
    assert complaint.needs_language == ""
    assert complaint.interactions.filter(kind=Interaction.Kind.ASSIGNED).get().data["assignee"] == free.pk
    assert not complaint.interactions.filter(kind=Interaction.Kind.LANGUAGE_FLAGGED).exists()


def test_the_rules_responsible_who_speaks_it_keeps_it(register, department):
    # given
    nino = responsible_make(department, "nino", ["ka"])
    responsible_make(department, "dato", ["ka"])
    complaint_take(complaint=register(language="ka"), actor=nino)
    AssignmentRuleFactory(language="ka", target_department=department, responsible=nino)
    # when
    complaint = register(language="ka")
    # then
    assert complaint.assignee == nino


def test_the_rules_responsible_who_does_not_speak_it_gives_way_to_a_colleague(register, department):
    # given
    olga = responsible_make(department, "olga", ["ru"])
    dato = responsible_make(department, "dato", ["ka", "en"])
    AssignmentRuleFactory(channel="web", target_department=department, responsible=olga)
    # when
    georgian, russian = register(language="ka"), register(language="ru")
    # then
    assert georgian.assignee == dato
    assert russian.assignee == olga


def test_nobody_speaks_it_the_complaint_is_flagged_and_the_head_told_once(register, department, head, settings,
                                                                           mailoutbox):
    # given: nobody in support speaks Georgian; the head reads e-mail in Russian
    settings.COMPLAINTDESK_BASE_URL = "https://complaints.example.com"
    head.language, head.email = "ru", "head@example.com"
    head.save(update_fields=["language", "email"])
    responsible_make(department, "olga", ["ru", "en"])
    # when
    complaint = register(language="ka")
    worker_run()
    worker_run()
    # then
    complaint.refresh_from_db()
    assert (complaint.assignee, complaint.needs_language) == (None, "ka")
    entry = complaint.interactions.get(kind=Interaction.Kind.LANGUAGE_FLAGGED)
    assert entry.data["language"] == "ka"
    assert AuditRecord.objects.filter(action=AuditAction.COMPLAINT_LANGUAGE_FLAGGED,
                                      target_id=str(complaint.pk)).count() == 1
    assert Email.objects.filter(complaint=complaint).count() == 1
    [message] = mailoutbox
    assert message.to == ["head@example.com"]
    assert message.subject == f"Жалоба {complaint.tracking_number}: нужен сотрудник со знанием языка «Грузинский»"
    assert f"https://complaints.example.com/staff/complaints/{complaint.tracking_number}/" in message.body


def test_the_rules_responsible_stays_the_owner_of_a_flagged_complaint(register, department, head):
    # given
    olga = responsible_make(department, "olga", ["ru"])
    AssignmentRuleFactory(language="ka", target_department=department, responsible=olga)
    # when
    complaint = register(language="ka")
    # then: she owns it until the head finds a speaker
    assert (complaint.assignee, complaint.needs_language) == (olga, "ka")


def test_nothing_is_flagged_while_nobody_has_recorded_their_languages(register, department, responsible, head,
                                                                      mailoutbox):
    # given: the responsible person's languages are not filled in
    assert responsible.languages == []
    # when
    complaint = register(language="ka")
    # then
    assert (complaint.assignee, complaint.needs_language) == (None, "")
    assert not Email.objects.exists()


@pytest.mark.parametrize("kind", ["objection", "interest"])
def test_appeals_handed_off_at_once_get_no_owner(register, department, kind):
    # given
    responsible_make(department, "dato", ["ka"])
    # when
    appeal = register(language="ka", kind=kind)
    # then
    assert (appeal.assignee, appeal.needs_language) == (None, "")
