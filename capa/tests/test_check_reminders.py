"""Owners are e-mailed once when the effectiveness check of their done action is due, in their language."""

from datetime import timedelta

import pytest
from django.utils import timezone

from capa.models import CorrectiveAction
from capa.reminders import capa_check_reminders_send
from capa.services import corrective_action_effectiveness_record, corrective_action_update_status
from capa.tests.factories import corrective_action_make
from notifications.models import Email

Status = CorrectiveAction.Status


@pytest.mark.django_db
def test_owner_reminded_once_when_the_check_is_due(qms, responsible, complaint):
    # given: a done action whose check is due today, and one still open
    today = timezone.localdate()
    due = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_update_status(action=due, actor=qms, status=Status.DONE)
    # when: the job runs on the check date, twice
    first = capa_check_reminders_send(today=due.check_on)
    second = capa_check_reminders_send(today=due.check_on + timedelta(days=1))
    # then
    assert (first, second) == (1, 0)
    email = Email.objects.get()
    assert email.key == f"capa-check:{due.pk}:{due.check_on.isoformat()}"
    assert email.to == [responsible.email]
    assert due.get_absolute_url() in email.text
    assert capa_check_reminders_send(today=today) == 0


@pytest.mark.django_db
def test_no_reminder_once_checked(qms, responsible, complaint):
    # given
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_update_status(action=action, actor=qms, status=Status.DONE)
    corrective_action_effectiveness_record(action=action, actor=qms, effective=True, note="No recurrence")
    # when
    sent = capa_check_reminders_send(today=action.check_on)
    # then
    assert sent == 0
    assert not Email.objects.exists()


@pytest.mark.django_db
def test_reminder_in_the_owners_language(qms, responsible, complaint):
    # given
    responsible.language = "ru"
    responsible.save(update_fields=["language"])
    action = corrective_action_make(actor=qms, complaints=[complaint], owner=responsible)
    corrective_action_update_status(action=action, actor=qms, status=Status.DONE)
    # when
    capa_check_reminders_send(today=action.check_on)
    # then
    assert Email.objects.get().subject.startswith("Проверьте, помогло ли корректирующее действие")
