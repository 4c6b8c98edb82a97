"""Registration the way every channel does it, with no department asked for unless given."""

from collections.abc import Callable

import pytest

from complaints.choices import Channel
from complaints.models import Complaint
from complaints.tests.factories import complaint_fields
from intake.services import complaint_register


@pytest.fixture
def register(db, department) -> Callable[..., Complaint]:
    """Register a complaint through ``complaint_register``; the support department receives unrouted ones."""

    def make(*, language: str = "ru", channel: str = Channel.WEB, **kwargs) -> Complaint:
        return complaint_register(channel=channel, fields=complaint_fields(), registered_by=kwargs.pop("by", None),
                                  language=language, **kwargs)

    return make

