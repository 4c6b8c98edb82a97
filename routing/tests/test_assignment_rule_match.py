"""Registration applies the first matching assignment rule, by priority; each condition narrows it."""

import pytest

from accounts.models import User
from accounts.tests.factories import UserFactory
from audit.models import AuditAction, AuditRecord
from complaints.choices import CategoryDimension, Channel
from complaints.models import Interaction
from complaints.tests.factories import complaint_make
from routing.tests.factories import AssignmentRuleFactory, DepartmentFactory, category_make


@pytest.fixture
def delivery(db):
    return DepartmentFactory(code="delivery", name_en="Delivery")


def test_without_rules_the_product_department_then_the_default_one(register, department, delivery):
    # given
    printers = category_make(code="printers", dimension=CategoryDimension.SUBJECT, department=delivery)
    # when
    about_printers = register(subject_category=printers)
    about_nothing = register()
    # then
    assert about_printers.department == delivery
    assert about_nothing.department == department


def test_a_rule_on_the_language(register, department, other_department):
    # given
    AssignmentRuleFactory(language="ka", target_department=other_department)
    # when / then
    assert register(language="ka").department == other_department
    assert register(language="ru").department == department


def test_a_rule_on_the_channel(register, department, other_department):
    # given
    AssignmentRuleFactory(channel=Channel.PHONE, target_department=other_department)
    # when / then
    assert register(channel=Channel.PHONE).department == other_department
    assert register(channel=Channel.WEB).department == department


def test_a_rule_on_a_cause_matches_its_subcategories_too(register, department, other_department):
    # given
    rudeness = category_make(code="rudeness", dimension=CategoryDimension.CAUSE)
    on_the_phone = category_make(code="rude-on-phone", dimension=CategoryDimension.CAUSE, parent=rudeness)
    late = category_make(code="late", dimension=CategoryDimension.CAUSE)
    AssignmentRuleFactory(category=rudeness, target_department=other_department)
    # when / then
    assert register(cause_category=on_the_phone).department == other_department
    assert register(cause_category=rudeness).department == other_department
    assert register(cause_category=late).department == department


def test_a_rule_on_the_product(register, department, other_department):
    # given
    printers = category_make(code="printers", dimension=CategoryDimension.SUBJECT)
    AssignmentRuleFactory(category=printers, target_department=other_department)
    # when / then
    assert register(subject_category=printers).department == other_department
    assert register().department == department


def test_a_rule_on_the_department_the_complaint_would_go_to(register, department, other_department, delivery):
    # given: printers belong to delivery; the rule moves delivery's complaints to sales
    printers = category_make(code="printers", dimension=CategoryDimension.SUBJECT, department=delivery)
    AssignmentRuleFactory(department=delivery, target_department=other_department)
    # when / then
    assert register(subject_category=printers).department == other_department
    assert register().department == department


def test_every_condition_of_a_rule_must_hold(register, department, other_department):
    # given
    AssignmentRuleFactory(language="ka", channel=Channel.PHONE, target_department=other_department)
    # when / then
    assert register(language="ka", channel=Channel.PHONE).department == other_department
    assert register(language="ka", channel=Channel.WEB).department == department
    assert register(language="ru", channel=Channel.PHONE).department == department


def test_the_lowest_priority_number_is_tried_first_and_inactive_rules_never(register, other_department, delivery):
    # given
    AssignmentRuleFactory(language="ka", priority=20, target_department=delivery)
    AssignmentRuleFactory(language="ka", priority=10, target_department=other_department)
    AssignmentRuleFactory(language="ka", priority=1, target_department=delivery, is_active=False)
    # when
    complaint = register(language="ka")
    # then
    assert complaint.department == other_department


def test_the_department_asked_for_at_registration_wins(department, other_department, agent):
    # given
    AssignmentRuleFactory(language="ka", priority=1, target_department=other_department)
    # when
    complaint = complaint_make(department=department, registered_by=agent, language="ka")
    # then
    assert complaint.department == department
    assert complaint.assignee is None


def test_a_rule_naming_a_responsible_assigns_the_complaint(register, other_department):
    # given
    nino = UserFactory(username="nino", role=User.Role.RESPONSIBLE, department=other_department)
    rule = AssignmentRuleFactory(name="Georgian callers", language="ka", target_department=other_department,
                                 responsible=nino)
    # when
    complaint = register(language="ka")
    # then
    assert (complaint.department, complaint.assignee) == (other_department, nino)
    entry = complaint.interactions.get(kind=Interaction.Kind.ASSIGNED)
    assert entry.data["assignee"] == nino.pk and entry.data["rule_name"] == "Georgian callers"
    record = AuditRecord.objects.get(action=AuditAction.COMPLAINT_ASSIGNED, target_id=str(complaint.pk))
    assert record.data == {"assignee": nino.pk, "rule": rule.pk}
    assert not complaint.needs_language
