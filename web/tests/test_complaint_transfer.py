"""Transfer from the complaint page: to whom, why and what the customer is told; refused with its message."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.models import Interaction
from complaints.services import complaint_take
from web.tests.pages import action_post, page_messages, page_text

EXPLANATION = "Giorgi from sales issued your invoice and will call you today."


@pytest.fixture
def giorgi(other_department):
    return UserFactory(username="giorgi", first_name="Giorgi", last_name="Kapanadze", role=User.Role.RESPONSIBLE,
                       department=other_department, languages=["ka"])


def transfer_url(complaint) -> str:
    return reverse("web:transfer", kwargs={"number": complaint.tracking_number})


@pytest.mark.django_db
def test_qms_transfers_and_the_timeline_says_from_where_to_whom_and_why(client_for, qms, complaint, giorgi):
    # given
    browser = client_for(qms)
    page = browser.get(complaint.get_absolute_url()).content.decode()
    assert 'id="transfer-form"' in page and "Giorgi Kapanadze · Sales (ka)" in page
    # when
    response = action_post(browser, complaint, "transfer", {
        "person": giorgi.pk, "department": "", "reason": "Sales issued the invoice",
        "customer_explanation": EXPLANATION,
    })
    # then
    complaint.refresh_from_db()
    assert complaint.assignee == giorgi
    assert page_messages(response) == [("success", "The complaint is transferred to Giorgi Kapanadze.")]
    text = page_text(response)
    assert "From: Support" in text and "To: Sales · Giorgi Kapanadze" in text
    assert "Sales issued the invoice" in text and f"The customer is told: {EXPLANATION}" in text


@pytest.mark.django_db
def test_the_customers_status_page_names_the_new_handler(client_for, qms, responsible, complaint, giorgi):
    # given: the customer's page named the first handler
    complaint_take(complaint=complaint, actor=responsible)
    status_page = reverse("portal:track", kwargs={"token": complaint.access_token})
    # when
    action_post(client_for(qms), complaint, "transfer", {"person": giorgi.pk, "reason": "Invoice",
                                                         "customer_explanation": EXPLANATION})
    # then
    handler = page_text(client_for(qms).get(status_page)).split('id="handler"')[1].split("</dd>")[0]
    assert "Giorgi Kapanadze" in handler and responsible.get_full_name() not in handler


@pytest.mark.django_db
def test_without_a_reason_the_page_says_why_not(client_for, responsible, complaint, giorgi):
    # when
    response = action_post(client_for(responsible), complaint, "transfer",
                           {"person": giorgi.pk, "reason": "", "customer_explanation": EXPLANATION})
    # then
    assert page_messages(response) == [("error", "Say why the complaint is transferred.")]
    assert not complaint.interactions.filter(kind=Interaction.Kind.TRANSFERRED).exists()


@pytest.mark.django_db
def test_an_agent_sees_no_form_and_is_refused(client_for, agent, complaint, giorgi):
    # given
    browser = client_for(agent)
    assert 'id="transfer-form"' not in browser.get(complaint.get_absolute_url()).content.decode()
    # when
    response = action_post(browser, complaint, "transfer",
                           {"person": giorgi.pk, "reason": "Invoice", "customer_explanation": EXPLANATION})
    # then
    assert page_messages(response) == [("error", "You may not transfer this complaint.")]
    complaint.refresh_from_db()
    assert complaint.assignee is None


@pytest.mark.django_db
def test_sent_out_of_sight_the_sender_lands_on_the_queue(client_for, responsible, complaint, other_department):
    # when: the support responsible hands it to the sales queue, which they cannot see
    response = client_for(responsible).post(transfer_url(complaint), {
        "department": other_department.pk, "reason": "Invoice", "customer_explanation": EXPLANATION,
    }, follow=True)
    # then
    assert response.redirect_chain == [(reverse("web:queue"), 302)]
    assert page_messages(response) == [("success", "The complaint is transferred to the queue of Sales.")]


@pytest.mark.django_db
def test_a_visitor_who_is_not_signed_in_transfers_nothing(client, complaint, giorgi):
    # when
    response = client.post(transfer_url(complaint), {"person": giorgi.pk, "reason": "x",
                                                     "customer_explanation": "y"})
    # then
    assert response.status_code == 302 and response.url.startswith(reverse("web:login"))
    complaint.refresh_from_db()
    assert complaint.assignee is None
