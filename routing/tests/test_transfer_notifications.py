"""A transfer tells the new owner (in their language) and the customer (in the complaint's), with the links."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaintdesk.tests.worker import worker_run
from complaints.tests.factories import complaint_make
from routing.services import complaint_transfer

BASE = "https://complaints.example.com"
REASON = "Sales issued the invoice"
EXPLANATION = "Гиорги из отдела продаж выставил ваш счёт и позвонит вам сегодня."


@pytest.fixture(autouse=True)
def _base_url(settings):
    settings.COMPLAINTDESK_BASE_URL = BASE + "/"


@pytest.fixture
def giorgi(other_department):
    return UserFactory(username="giorgi", first_name="Giorgi", last_name="Kapanadze", email="giorgi@example.com",
                       role=User.Role.RESPONSIBLE, department=other_department, language="ka")


def sent_to(mailoutbox, address: str):
    [message] = [m for m in mailoutbox if m.to == [address]]
    return message


def test_the_new_owner_and_the_customer_are_told(department, agent, responsible, giorgi, mailoutbox):
    # given: a Russian-speaking customer who gave an e-mail
    complaint = complaint_make(department=department, registered_by=agent, language="ru",
                               fields={"contact_email": "ivan@example.com", "contact_name": "Иван Петров"})
    # when
    complaint_transfer(complaint=complaint, actor=responsible, to_user=giorgi, reason=REASON,
                       customer_explanation=EXPLANATION)
    worker_run()
    # then
    assert len(mailoutbox) == 2
    owner = sent_to(mailoutbox, "giorgi@example.com")
    assert owner.extra_headers["Content-Language"] == "ka"
    assert owner.subject == f"საჩივარი {complaint.tracking_number} გადმოგეცათ"
    assert REASON in owner.body and EXPLANATION in owner.body
    assert f"{BASE}/staff/complaints/{complaint.tracking_number}/" in owner.body
    customer = sent_to(mailoutbox, "ivan@example.com")
    assert customer.extra_headers["Content-Language"] == "ru"
    assert customer.subject == f"Ваша жалоба {complaint.tracking_number}: кто теперь ею занимается"
    assert customer.body.startswith("Здравствуйте, Иван Петров!")
    assert EXPLANATION in customer.body and "Giorgi Kapanadze" in customer.body
    assert f"{BASE}/t/{complaint.access_token}/" in customer.body
    assert f'href="{BASE}/t/{complaint.access_token}/"' in customer.alternatives[0][0]
    assert REASON not in customer.body  # the reason is for colleagues


def test_a_customer_without_an_e_mail_is_not_written_to(department, agent, responsible, giorgi, mailoutbox):
    # given
    complaint = complaint_make(department=department, registered_by=agent, fields={"contact_email": ""})
    # when
    complaint_transfer(complaint=complaint, actor=responsible, to_user=giorgi, reason=REASON,
                       customer_explanation=EXPLANATION)
    worker_run()
    # then
    assert [m.to for m in mailoutbox] == [["giorgi@example.com"]]


def test_to_a_department_its_head_is_told(complaint, responsible, other_department, mailoutbox):
    # given
    boss = UserFactory(username="boss", email="boss@example.com", role=User.Role.HEAD, department=other_department,
                       language="en")
    other_department.head = boss
    other_department.save(update_fields=["head"])
    # when
    complaint_transfer(complaint=complaint, actor=responsible, to_department=other_department, reason=REASON,
                       customer_explanation=EXPLANATION)
    worker_run()
    # then
    head_mail = sent_to(mailoutbox, "boss@example.com")
    assert head_mail.subject == f"Complaint {complaint.tracking_number} is transferred to Sales"
    assert REASON in head_mail.body
    customer = sent_to(mailoutbox, "nino@example.com")
    assert customer.extra_headers["Content-Language"] == "ka"
    assert "ახლა განიხილავს „გაყიდვები“ განყოფილება" in customer.body
