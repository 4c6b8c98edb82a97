"""Seeded closed complaints carry a root cause that fits their validity, and the resolution text."""

import pytest

from complaints.choices import Status, Validity
from complaints.models import Interaction
from resolution.models import RootCause


@pytest.mark.django_db
def test_closed_complaints_have_a_root_cause_fitting_their_validity(seeded):
    # given
    causes = dict(RootCause.objects.values_list("id", "code"))
    closed = [c for c in seeded if c.status == Status.CLOSED]
    # then
    assert closed
    for complaint in closed:
        code = causes[complaint.root_cause_id]
        if code == RootCause.NOT_ESTABLISHED:
            assert complaint.validity == Validity.UNJUSTIFIED
        last_close = [i for i in complaint.interactions.all() if i.kind == Interaction.Kind.CLOSED][-1]
        assert complaint.resolution_text == last_close.body != ""


@pytest.mark.django_db
def test_open_complaints_have_no_root_cause_yet(seeded):
    # then
    for complaint in seeded:
        if complaint.status != Status.CLOSED:
            assert (complaint.root_cause_id, complaint.resolution_text) == (None, "")
