"""What the benchmark requests: the queue (default filters, search, page sizes, next page, overdue,
a department, a responsible's department) and the complaint page of random complaints.

URLs and filter names are those of ``web.views.queue`` / ``web.forms.queue``; the page size is
the view's ``PAGE_SIZE``, patched for the page-size scenarios.
"""

import re
from contextlib import AbstractContextManager
from random import Random
from unittest import mock
from urllib.parse import urlencode

from django.db.models import Count, Max, Min
from django.urls import reverse

from accounts.models import User
from complaints.models import Complaint
from complaints.selectors import QueueFilters, complaint_list_for_queue

from .runner import Scenario

WORD = re.compile(r"[^\W\d_]{6,}")


def bench_user(*, username: str, role: str, department_id: int | None = None) -> User:
    """An existing active user of ``role`` (in ``department_id`` if given), else a bench user made for it."""
    users = User.objects.filter(role=role, is_active=True)
    if department_id is not None:
        users = users.filter(department_id=department_id)
    user = users.order_by("pk").first()
    if user is None:
        user, _created = User.objects.get_or_create(username=username,
                                                    defaults={"role": role, "department_id": department_id})
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def busiest_department() -> int | None:
    """The department of most complaints, estimated on a sample of the newest 20,000."""
    newest = Complaint.objects.order_by("-id").values("pk")[:20000]
    top = (Complaint.objects.filter(pk__in=newest).values("department_id").annotate(n=Count("pk"))
           .order_by("-n").first())
    return top["department_id"] if top else None


def random_numbers(*, rng: Random, count: int) -> list[str]:
    """Tracking numbers of complaints picked at random by id."""
    bounds = Complaint.objects.aggregate(low=Min("id"), high=Max("id"))
    if bounds["low"] is None:
        return []
    numbers: list[str] = []
    while len(numbers) < count:
        ids = [rng.randint(bounds["low"], bounds["high"]) for _ in range(count)]
        numbers += Complaint.objects.filter(pk__in=ids).values_list("tracking_number", flat=True)
    rng.shuffle(numbers)
    return numbers[:count]


def search_terms(*, rng: Random, numbers: list[str]) -> tuple[str, str]:
    """A word of a complaint's description (frequent) and a contact's surname (rarer)."""
    sample = Complaint.objects.filter(tracking_number__in=numbers[:20]).values_list("description", "contact_name")
    words, names = [], []
    for description, contact_name in sample:
        words += [w.lower() for w in WORD.findall(description)]
        names += [w.lower() for w in WORD.findall(contact_name)]
    return (rng.choice(words) if words else "program"), (rng.choice(names) if names else "smith")


def page_size(size: int) -> AbstractContextManager:
    import web.views.queue as queue_view

    return mock.patch.object(queue_view, "PAGE_SIZE", size)


def scenarios_build(*, runs: int, page_sizes: list[int], seed: int, search: str = "") -> list[Scenario]:
    rng = Random(seed)
    department_id = busiest_department()
    qms = bench_user(username="bench.qms", role=User.Role.QMS)
    responsible = bench_user(username="bench.responsible", role=User.Role.RESPONSIBLE, department_id=department_id)
    numbers = random_numbers(rng=rng, count=max(runs + 1, 1))
    word, surname = search_terms(rng=rng, numbers=numbers)
    word = search or word
    queue = reverse("web:queue")

    def at(query: dict | None = None):
        url = f"{queue}?{urlencode(query)}" if query else queue
        return lambda run: url

    first_page = complaint_list_for_queue(user=qms, filters=QueueFilters(open_only=True))
    scenarios = [
        Scenario("queue: default filters (QMS)", qms, at()),
        Scenario(f"queue: search {word!r} (QMS)", qms, at({"q": word})),
        Scenario(f"queue: search {surname!r}, open only (QMS)", qms, at({"q": surname, "open_only": "on"})),
        *(Scenario(f"queue: default filters, page size {size}", qms, at(), lambda size=size: page_size(size))
          for size in page_sizes),
        Scenario("queue: second page by cursor", qms, at({"cursor": first_page.next_cursor or ""})),
        Scenario("queue: overdue", qms, at({"overdue": "on"})),
        Scenario("queue: one department, open only", qms, at({"department": department_id or "", "open_only": "on"})),
        Scenario("queue: responsible's own (department-scoped)", responsible, at()),
        Scenario(f"queue: responsible, search {word!r}", responsible, at({"q": word})),
    ]
    if numbers:
        scenarios.append(Scenario("complaint page: random complaints", qms,
                                  lambda run: reverse("web:complaint", kwargs={"number": numbers[run % len(numbers)]})))
    return scenarios
