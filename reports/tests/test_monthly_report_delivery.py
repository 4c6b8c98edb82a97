"""On the first working day of the month QMS and each head get last month's report as a PDF, once."""

from datetime import datetime
from email import message_from_bytes
from email.policy import default as email_policy
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.periodic import PERIODIC_JOBS
from complaintdesk.scheduler import periodic_jobs_enqueue
from complaintdesk.tests.worker import worker_run
from notifications.models import Email
from reports.tasks import monthly_reports_send_task

from .pdf_text import pdf_text

MONTHLY = next(job for job in PERIODIC_JOBS if job.name == "monthly_report")
TBILISI = ZoneInfo("Asia/Tbilisi")
FIRST_WORKING_DAY = datetime(2026, 12, 1, 8, 30, tzinfo=TBILISI)  # a Tuesday


@pytest.mark.django_db
def test_last_months_report_goes_to_qms_and_heads_once_with_the_pdf(month, qms, head, smtp_server, settings, tmp_path):
    # given: QMS reads Russian, the support head Georgian; an agent gets nothing
    settings.COMPLAINTDESK_BASE_URL = "https://complaints.example.com"
    qms.language, head.language = "ru", "ka"
    qms.save(), head.save()
    UserFactory(role=User.Role.AGENT, department=head.department)
    # when: the scheduler ticks, the worker runs the job, then sends the e-mails; the job runs again
    with time_machine.travel(FIRST_WORKING_DAY, tick=False):
        [run] = periodic_jobs_enqueue(jobs=[MONTHLY])
        worker_run()
        worker_run()
        again = monthly_reports_send_task.call(slot=FIRST_WORKING_DAY.isoformat())
        worker_run()
    # then
    assert run.slot == FIRST_WORKING_DAY and again == {"queued": 0}
    staff = [e for e in smtp_server.envelopes if "example.com" in e.rcpt_tos[0] and e.rcpt_tos[0] != "nino@example.com"]
    messages = {tuple(e.rcpt_tos): message_from_bytes(e.content, policy=email_policy) for e in staff}
    assert sorted(e.rcpt_tos[0] for e in staff) == sorted([qms.email, head.email])  # one each
    to_head = messages[(head.email,)]
    assert to_head["Content-Language"] == "ka"
    [attachment] = [part for part in to_head.iter_attachments() if part.get_content_type() == "application/pdf"]
    assert attachment.get_filename() == "quality-report-2026-11-support.pdf"
    text = " ".join(pdf_text(attachment.get_content(), tmp_path).split())
    assert "ნოემბერი 2026" in text and "75.0 %" in text
    body = to_head.get_body(preferencelist=("plain",)).get_content()
    assert f"https://complaints.example.com{reverse('web:reports')}?month=2026-11&department=" in body
    to_qms = messages[(qms.email,)]
    assert "Ноябрь 2026" in to_qms["Subject"]
    assert set(Email.objects.filter(key__startswith="monthly-report:").values_list("key", flat=True)) == {f"monthly-report:{qms.pk}:2026-11",
                                                                f"monthly-report:{head.pk}:2026-11"}


@pytest.mark.django_db
def test_nothing_goes_out_on_other_days(qms, head):
    # when: the second working day of December
    result = monthly_reports_send_task.call(slot=datetime(2026, 12, 2, 8, 30, tzinfo=TBILISI).isoformat())
    # then
    assert result == {"queued": 0} and not Email.objects.exists()
