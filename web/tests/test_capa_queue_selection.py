"""The queue lets QMS, heads and responsibles select complaints for one corrective action."""

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_rows_have_checkboxes_and_the_button(client_for, head, complaint):
    # when
    page = client_for(head).get(reverse("web:queue")).content.decode()
    # then
    assert f'<form id="capa-select" method="get" action="{reverse("web:capa_new")}">' in page
    assert f'name="complaint" value="{complaint.tracking_number}"' in page
    assert "Create a corrective action from the selected" in page


@pytest.mark.django_db
def test_an_agent_gets_no_selection(client_for, agent, complaint):
    # when
    page = client_for(agent).get(reverse("web:queue")).content.decode()
    # then
    assert complaint.tracking_number in page
    assert 'id="capa-select"' not in page
    assert 'name="complaint"' not in page


@pytest.mark.django_db
def test_the_htmx_rows_keep_the_selection(client_for, qms, complaint):
    # when
    page = client_for(qms).get(reverse("web:queue"), HTTP_HX_REQUEST="true").content.decode()
    # then
    assert page.lstrip().startswith('<div id="queue-rows">')
    assert f'name="complaint" value="{complaint.tracking_number}"' in page
