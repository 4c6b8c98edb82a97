"""The responsible is reminded at one working day and at two working hours left, once each."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.models import Interaction
from complaints.services import complaint_take
from deadlines.services.common import due_stamp
from notifications.models import Email

from .deadline_watch import at, complaint_registered, complaint_solved, watch


@pytest.fixture
def owned(department, agent, responsible, mailoutbox):
    responsible.language = "ka"
    responsible.save(update_fields=["language"])
    complaint = complaint_registered(department=department, registered_by=agent)
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def test_reminders_at_both_points_once_each(owned, responsible, mailoutbox):
    # when: the job runs through Wednesday and Thursday, every few hours, each moment twice; one working
    # day (Thursday) is left when Wednesday's working hours end
    moments = [at(25, 17), at(25, 18), at(26, 12), at(26, 16, 5), at(26, 17, 55)]
    counts = []
    for moment in moments:
        counts.append(watch(moment)[0])
        counts.append(watch(moment)[0])
    # then
    assert counts == [0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
    assert [m.to for m in mailoutbox] == [[responsible.email], [responsible.email]]
    first, second = mailoutbox
    # 16:05 on Thursday: 1 h 55 min left, said in whole hours
    assert first.subject == f"შეხსენება: საჩივარი {owned.tracking_number}, დარჩა 1 სამუშაო დღე"
    assert second.subject == f"შეხსენება: საჩივარი {owned.tracking_number}, დარჩა 1 სთ"
    assert f"http://127.0.0.1:8000{owned.get_absolute_url()}" in first.body
    assert "26 ნოემბერი 2026, 18:00 +04" in first.body
    reminders = Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.REMINDER).order_by("id")
    assert [(r.data["point"], r.data["due_at"], r.data["to"]) for r in reminders] == [
        ("9", due_stamp(owned.due_at), [responsible.pk]), ("2", due_stamp(owned.due_at), [responsible.pk]),
    ]
    assert Email.objects.filter(key__startswith=f"reminder:{owned.pk}:").count() == 2


def test_a_complaint_first_seen_late_gets_only_the_most_urgent_reminder(owned, mailoutbox):
    # when: the job did not run on Thursday until 16:30
    watch(at(26, 16, 30))
    watch(at(26, 17))
    # then
    reminders = Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.REMINDER)
    assert [r.data["point"] for r in reminders] == ["2"]
    assert len(mailoutbox) == 1


def test_an_unowned_complaint_reminds_every_responsible_of_the_department_in_their_language(
        department, agent, mailoutbox):
    # given
    russian = UserFactory(role=User.Role.RESPONSIBLE, department=department, language="ru")
    georgian = UserFactory(role=User.Role.RESPONSIBLE, department=department, language="ka")
    UserFactory(role=User.Role.RESPONSIBLE, department=department, language="en", is_active=False)
    UserFactory(role=User.Role.AGENT, department=department, language="en")
    complaint = complaint_registered(department=department, registered_by=agent)
    # when
    watch(at(26, 9, 30))
    # then
    by_address = {m.to[0]: m for m in mailoutbox}
    assert set(by_address) == {russian.email, georgian.email}
    assert by_address[russian.email].subject.startswith("Напоминание")
    assert by_address[georgian.email].subject.startswith("შეხსენება")
    assert "Nobody has taken it yet" not in by_address[russian.email].body
    [reminder] = Interaction.objects.filter(complaint=complaint, kind=Interaction.Kind.REMINDER)
    assert sorted(reminder.data["to"]) == sorted([russian.pk, georgian.pk])


def test_a_moved_deadline_gets_reminders_of_its_own(owned, mailoutbox):
    # given: the 1-working-day reminder went out, then the deadline moved to Friday's end
    watch(at(26, 9, 30))
    owned.due_at = at(27, 18)
    owned.save(update_fields=["due_at"])
    # when
    watch(at(26, 12))
    watch(at(27, 9, 30))
    watch(at(27, 16, 30))
    # then
    reminders = Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.REMINDER).order_by("id")
    assert [(r.data["point"], r.data["due_at"]) for r in reminders] == [("9", "20261126T140000Z"), ("9", "20261127T140000Z"), ("2", "20261127T140000Z")]
    assert len(mailoutbox) == 3


def test_reminder_points_come_from_the_setting(owned, settings, mailoutbox):
    # given: one reminder, four working hours before the deadline
    settings.COMPLAINTDESK_REMINDERS = [4]
    # when
    watch(at(26, 9, 30))
    watch(at(26, 14, 30))
    # then
    reminders = Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.REMINDER)
    assert [r.data["point"] for r in reminders] == ["4"]


def test_no_reminder_once_the_complaint_is_closed(owned, responsible, mailoutbox):
    # given
    complaint_solved(complaint=owned, actor=responsible, moment=at(26, 10))
    # when
    watch(at(26, 16, 30))
    # then
    assert mailoutbox == []
    assert not Interaction.objects.filter(complaint=owned, kind=Interaction.Kind.REMINDER).exists()
