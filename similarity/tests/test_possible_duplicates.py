"""Possible duplicates: the same customer (e-mail, phone or account) with a similar text within days."""

from datetime import timedelta

import time_machine
from django.utils import timezone

from complaints.tests.factories import complaint_make
from similarity.selectors import DUPLICATE_DAYS, complaint_similarity_panel

from .texts import STORIES

STORY, REWORDED, UNRELATED = STORIES["ru"]


def test_same_email_in_other_case_and_similar_text_is_a_duplicate(department, agent, qms):
    # given
    first = complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "Ivan.Petrov@Example.com", "contact_phone": ""})
    # when
    second = complaint_make(department=department, registered_by=agent, fields={
        "description": REWORDED, "contact_email": "ivan.petrov@example.com", "contact_phone": ""})
    panel = complaint_similarity_panel(complaint=second, user=qms)
    # then: a duplicate, and not listed again among the similar ones
    assert [d.complaint for d in panel.duplicates] == [first]
    assert panel.similar == []


def test_same_phone_written_differently_is_the_same_customer(department, agent, qms):
    first = complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "", "contact_phone": "+7 (912) 345-67-89"})
    second = complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "", "contact_phone": "8 912 345 67 89"})
    assert [d.complaint for d in complaint_similarity_panel(complaint=second, user=qms).duplicates] == [first]


def test_same_account_is_the_same_customer(department, agent, qms):
    first = complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "a@example.com", "contact_phone": "", "account_ref": "ACC 1234"})
    second = complaint_make(department=department, registered_by=agent, fields={
        "description": REWORDED, "contact_email": "b@example.com", "contact_phone": "", "account_ref": "acc1234"})
    assert [d.complaint for d in complaint_similarity_panel(complaint=second, user=qms).duplicates] == [first]


def test_same_customer_with_another_story_is_no_duplicate(department, agent, qms):
    complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "a@example.com"})
    second = complaint_make(department=department, registered_by=agent, fields={
        "description": UNRELATED, "contact_email": "a@example.com"})
    assert complaint_similarity_panel(complaint=second, user=qms).duplicates == []


def test_same_customer_weeks_later_is_similar_but_no_duplicate(department, agent, qms):
    # given
    with time_machine.travel(timezone.now() - timedelta(days=DUPLICATE_DAYS + 5), tick=False):
        first = complaint_make(department=department, registered_by=agent, fields={
            "description": STORY, "contact_email": "a@example.com"})
    # when
    second = complaint_make(department=department, registered_by=agent, fields={
        "description": STORY, "contact_email": "a@example.com"})
    panel = complaint_similarity_panel(complaint=second, user=qms)
    # then
    assert panel.duplicates == []
    assert [s.complaint for s in panel.similar] == [first]
