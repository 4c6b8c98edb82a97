"""A delay notice moves the deadline before it slips and tells the customer why, in their language."""

from datetime import date, datetime

import pytest
import time_machine

from audit.models import AuditAction, AuditRecord
from complaints.models import Interaction
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from deadlines.services import deadline_extend
from notifications.models import Email

from .deadline_watch import REGISTERED, TBILISI, at, complaint_registered, watch, worker_run


@pytest.fixture
def owned(department, agent, responsible, settings, mailoutbox):
    settings.COMPLAINTDESK_BASE_URL = "https://complaints.example.com"
    settings.COMPLAINTDESK_CONTACT_PHONE = "+995 32 111 22 33"
    complaint = complaint_registered(department=department, registered_by=agent)  # Georgian, nino@example.com
    complaint_take(complaint=complaint, actor=responsible)
    return complaint


def extend(complaint, actor, moment, new_date, reason="Waiting for the vendor's patch",
           customer_message="The manufacturer is preparing a fix for your version."):
    with time_machine.travel(moment, tick=False):
        result = deadline_extend(complaint=complaint, actor=actor, reason=reason, new_due_at=new_date,
                                 customer_message=customer_message)
        worker_run()
    return result


def test_the_deadline_moves_to_the_end_of_the_new_working_day_with_a_timeline_entry_and_audit(owned, responsible):
    # when: on Wednesday, the deadline (Thursday) is moved to Monday
    complaint = extend(owned, responsible, at(25, 12), date(2026, 11, 30))
    # then
    complaint.refresh_from_db()
    assert complaint.due_at == at(30, 18)
    [entry] = Interaction.objects.filter(complaint=complaint, kind=Interaction.Kind.DELAY_NOTICE)
    assert entry.actor == responsible and entry.body == "Waiting for the vendor's patch"
    assert entry.data == {"old_due_at": "2026-11-26T14:00:00+00:00", "new_due_at": "2026-11-30T14:00:00+00:00",
                          "late": False, "customer_message": "The manufacturer is preparing a fix for your version."}
    [record] = AuditRecord.objects.filter(action=AuditAction.COMPLAINT_DEADLINE_EXTENDED)
    assert record.actor == responsible and record.target_id == str(complaint.pk)
    assert record.data["late"] is False and record.data["reason"] == "Waiting for the vendor's patch"


def test_the_customer_is_e_mailed_in_their_language_with_the_new_date_the_reason_and_the_link(owned, responsible,
                                                                                              mailoutbox):
    # when
    extend(owned, responsible, at(25, 12), date(2026, 11, 30))
    # then
    [message] = mailoutbox
    assert message.to == ["nino@example.com"]
    assert message.subject == f"საჩივარი {owned.tracking_number}: გადაწყვეტას მეტი დრო დასჭირდება"
    link = f"https://complaints.example.com/t/{owned.access_token}/"
    html = message.alternatives[0][0]
    for body in (message.body, html):
        assert "30 ნოემბერი 2026, 18:00 +04" in body
        assert "The manufacturer is preparing a fix for your version." in body
        assert link in body
        assert "+995 32 111 22 33" in body
        assert "Waiting for the vendor's patch" not in body  # the staff's reason stays inside
    email = Email.objects.get(key__startswith="delay:")
    assert email.language == "ka" and email.complaint == owned


def test_a_russian_customer_is_told_in_russian(department, agent, responsible, mailoutbox):
    # given
    with time_machine.travel(REGISTERED, tick=False):
        complaint = complaint_make(department=department, registered_by=agent, language="ru")
    complaint_take(complaint=complaint, actor=responsible)
    # when
    extend(complaint, responsible, at(25, 12), date(2026, 11, 30))
    # then
    [message] = mailoutbox
    assert message.subject == f"Жалоба {complaint.tracking_number}: решение займёт больше времени"
    assert "30 ноября 2026, 18:00 +04" in message.body


def test_without_an_e_mail_address_the_customer_is_not_mailed(department, agent, responsible, mailoutbox):
    # given
    with time_machine.travel(REGISTERED, tick=False):
        complaint = complaint_make(department=department, registered_by=agent, fields={"contact_email": ""})
    complaint_take(complaint=complaint, actor=responsible)
    # when
    extend(complaint, responsible, at(25, 12), date(2026, 11, 30))
    # then
    assert mailoutbox == [] and not Email.objects.exists()
    assert Interaction.objects.filter(complaint=complaint, kind=Interaction.Kind.DELAY_NOTICE).exists()


def test_the_customer_text_defaults_to_the_reason(owned, responsible, mailoutbox):
    # when
    extend(owned, responsible, at(25, 12), date(2026, 11, 30), reason="The part arrives on Monday",
           customer_message="  ")
    # then
    assert "The part arrives on Monday" in mailoutbox[0].body


def test_a_late_notice_is_given_all_the_same_recorded_as_late_and_clears_the_overdue_mark(owned, responsible,
                                                                                         head):
    # given: the deadline passed and the breach was escalated
    watch(at(26, 18, 5))
    owned.refresh_from_db()
    assert owned.overdue_at is not None
    # when
    complaint = extend(owned, responsible, at(27, 10), date(2026, 12, 1))
    # then
    complaint.refresh_from_db()
    assert complaint.due_at == datetime(2026, 12, 1, 18, 0, tzinfo=TBILISI)
    assert complaint.overdue_at is None
    entry = Interaction.objects.get(complaint=complaint, kind=Interaction.Kind.DELAY_NOTICE)
    assert entry.data["late"] is True
    assert AuditRecord.objects.get(action=AuditAction.COMPLAINT_DEADLINE_EXTENDED).data["late"] is True
    assert Interaction.objects.filter(complaint=complaint, kind=Interaction.Kind.OVERDUE).count() == 1


def test_the_new_deadline_gets_its_own_reminders_and_breach(owned, responsible, head, mailoutbox):
    # given: reminded for Thursday, then moved to Monday
    watch(at(26, 9, 30))
    extend(owned, responsible, at(26, 10), date(2026, 11, 30))
    # when
    watch(at(26, 18, 5))  # the old deadline passes: nothing happens
    watch(at(30, 9, 30))
    watch(at(30, 18, 5))
    # then
    kinds = list(Interaction.objects.filter(complaint=owned, kind__in=[
        Interaction.Kind.REMINDER, Interaction.Kind.OVERDUE, Interaction.Kind.DELAY_NOTICE]).order_by("id")
        .values_list("kind", flat=True))
    assert kinds == [Interaction.Kind.REMINDER, Interaction.Kind.DELAY_NOTICE, Interaction.Kind.REMINDER,
                     Interaction.Kind.OVERDUE]
    assert Email.objects.filter(key__startswith=f"overdue:{owned.pk}:20261130T140000Z:").count() == 1
