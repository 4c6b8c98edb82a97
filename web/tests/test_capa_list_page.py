"""The list of corrective actions: QMS see all, heads their department's; filters; fixed query count."""

from datetime import timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from accounts.tests.factories import UserFactory
from capa.models import CorrectiveAction
from capa.services import corrective_action_update_status
from capa.tests.factories import corrective_action_make
from complaints.tests.factories import complaint_make


@pytest.mark.django_db
def test_heads_see_their_departments_actions_only(client_for, qms, head, complaint, other_department):
    # given
    ours = corrective_action_make(actor=qms, complaints=[complaint], cause="Our cause")
    theirs = corrective_action_make(actor=qms, complaints=[complaint_make(department=other_department)],
                                    cause="Their cause")
    # when
    head_page = client_for(head).get(reverse("web:capa_list")).content.decode()
    qms_page = client_for(qms).get(reverse("web:capa_list")).content.decode()
    # then
    assert f'data-id="{ours.pk}"' in head_page and f'data-id="{theirs.pk}"' not in head_page
    assert f'data-id="{ours.pk}"' in qms_page and f'data-id="{theirs.pk}"' in qms_page


@pytest.mark.django_db
def test_filter_by_status(client_for, qms, complaint):
    # given
    open_ = corrective_action_make(actor=qms, complaints=[complaint])
    done = corrective_action_make(actor=qms, complaints=[complaint])
    corrective_action_update_status(action=done, actor=qms, status=CorrectiveAction.Status.DONE)
    # when
    page = client_for(qms).get(reverse("web:capa_list"), {"status": "done"}).content.decode()
    # then
    assert f'data-id="{done.pk}"' in page and f'data-id="{open_.pk}"' not in page


@pytest.mark.django_db
def test_filter_overdue_checks(client_for, qms, complaint):
    # given: one done action whose check date has passed, one not yet due
    late = corrective_action_make(actor=qms, complaints=[complaint], check_on=timezone.localdate() + timedelta(7))
    later = corrective_action_make(actor=qms, complaints=[complaint])
    for action in (late, later):
        corrective_action_update_status(action=action, actor=qms, status=CorrectiveAction.Status.DONE)
    # when
    with time_machine.travel(timezone.now() + timedelta(days=10)):
        page = client_for(qms).get(reverse("web:capa_list"), {"check_overdue": "on"}).content.decode()
    # then
    assert f'data-id="{late.pk}"' in page and f'data-id="{later.pk}"' not in page
    assert "Check overdue" in page


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_rows(client_for, qms, department, django_assert_num_queries):
    # given
    browser = client_for(qms)
    corrective_action_make(actor=qms, complaints=[complaint_make(department=department)])
    with CaptureQueriesContext(connection) as one_row:
        browser.get(reverse("web:capa_list"))
    # when: more actions with more complaints and different owners
    for _ in range(5):
        owner = UserFactory(role=User.Role.RESPONSIBLE, department=department)
        corrective_action_make(actor=qms, owner=owner,
                               complaints=[complaint_make(department=department) for _ in range(2)])
    # then
    with django_assert_num_queries(len(one_row.captured_queries)):
        page = browser.get(reverse("web:capa_list")).content.decode()
    assert page.count('class="capa-row"') == 6
