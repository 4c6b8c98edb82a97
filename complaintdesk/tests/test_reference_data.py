"""Reference data is kept across requests while the reference version stands, and only then."""

import pytest

from complaintdesk.models import ReferenceVersion
from complaintdesk.reference_data import reference_data, reference_data_kept
from routing.selectors import assignment_rules_active
from routing.tests.factories import AssignmentRuleFactory, DepartmentFactory

pytestmark = pytest.mark.django_db


def counted_load(loads: list[int]):
    def load() -> int:
        loads.append(1)
        return len(loads)
    return load


def test_kept_from_one_block_to_the_next_while_nothing_changes():
    loads: list[int] = []
    with reference_data_kept():
        assert reference_data("test-key", counted_load(loads)) == 1
        assert reference_data("test-key", counted_load(loads)) == 1
    with reference_data_kept():
        assert reference_data("test-key", counted_load(loads)) == 1
    assert len(loads) == 1


def test_outside_a_block_every_read_loads():
    loads: list[int] = []
    reference_data("test-key", counted_load(loads))
    reference_data("test-key", counted_load(loads))
    assert len(loads) == 2


def test_a_saved_rule_is_seen_by_the_next_block():
    department = DepartmentFactory()
    with reference_data_kept():
        assert assignment_rules_active() == []
    rule = AssignmentRuleFactory(target_department=department)
    with reference_data_kept():
        assert assignment_rules_active() == [rule]
    rule.delete()
    with reference_data_kept():
        assert assignment_rules_active() == []


def test_a_change_committed_by_another_process_is_seen_by_the_next_block():
    loads: list[int] = []
    with reference_data_kept():
        reference_data("test-key", counted_load(loads))
    # What another process's change leaves behind: a new token, and nothing said to this process.
    ReferenceVersion.objects.update_or_create(pk=1, defaults={"token": "another-process"})
    with reference_data_kept():
        assert reference_data("test-key", counted_load(loads)) == 2
    with reference_data_kept():
        assert reference_data("test-key", counted_load(loads)) == 2


def test_a_rule_saved_inside_a_block_is_seen_at_once():
    department = DepartmentFactory()
    with reference_data_kept():
        assert assignment_rules_active() == []
        rule = AssignmentRuleFactory(target_department=department)
        assert assignment_rules_active() == [rule]


def test_an_employee_saved_does_not_throw_away_the_rules(agent):
    loads: list[int] = []
    with reference_data_kept():
        reference_data("test-key", counted_load(loads))
    # when: what happens at every login
    agent.save()
    # then
    with reference_data_kept():
        assert reference_data("test-key", counted_load(loads)) == 1
