"""Administrators manage assignment rules in the admin; a rule needs a condition and a fitting responsible."""

import pytest
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import UserFactory
from routing.models import AssignmentRule
from routing.tests.factories import AssignmentRuleFactory


@pytest.fixture
def admin_browser(client, db):
    client.force_login(UserFactory(username="root", role=User.Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def rule_post(browser, **fields):
    data = {"name": "Georgian callers", "priority": "10", "is_active": "on", "department": "", "category": "",
            "channel": "", "language": "", "target_department": "", "responsible": "", **fields}
    return browser.post(reverse("admin:routing_assignmentrule_add"), data)


def test_the_rules_are_listed_in_the_order_they_are_tried(admin_browser, department, other_department):
    # given
    AssignmentRuleFactory(name="Second", priority=20, language="ka", target_department=department)
    AssignmentRuleFactory(name="First", priority=10, channel="phone", target_department=other_department)
    # when
    page = admin_browser.get(reverse("admin:routing_assignmentrule_changelist")).content.decode()
    # then
    assert page.index("First") < page.index("Second")


def test_a_rule_is_saved_with_a_language_in_lower_case(admin_browser, department, responsible):
    # when
    response = rule_post(admin_browser, language=" KA ", target_department=department.pk,
                         responsible=responsible.pk)
    # then
    assert response.status_code == 302
    rule = AssignmentRule.objects.get()
    assert (rule.language, rule.responsible) == ("ka", responsible)


def test_a_rule_without_conditions_is_refused(admin_browser, department):
    # when
    response = rule_post(admin_browser, target_department=department.pk)
    # then
    assert "Choose at least one condition: department, category, channel or language." in response.content.decode()
    assert not AssignmentRule.objects.exists()


def test_a_responsible_of_another_department_is_refused(admin_browser, department, other_department):
    # given
    outsider = UserFactory(role=User.Role.RESPONSIBLE, department=other_department)
    # when
    response = rule_post(admin_browser, language="ka", target_department=department.pk, responsible=outsider.pk)
    # then
    assert ("Choose an active responsible person or the head of the department the rule sends to."
            in response.content.decode())
    assert not AssignmentRule.objects.exists()
