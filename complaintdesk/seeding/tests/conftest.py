import pytest
from django.core.management import call_command

from complaints.models import Complaint


@pytest.fixture
def seeded(db) -> list[Complaint]:
    """200 complaints from ``complaintdesk seed``, with their timelines, on the test database."""
    call_command("seed", count=200, batch=64, seed=7, verbosity=0)
    return list(Complaint.objects.select_related("assignee").prefetch_related("interactions", "proposals"))
