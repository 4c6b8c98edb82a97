"""``complaintdesk bench`` times every scenario and prints a line for each, with its query count."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

NAME_WIDTH = 58  # the bench's scenario column
FIGURES = re.compile(r"^\s*(?P<runs>\d+)\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(?P<queries>\d+)\b")


def scenario_lines(output: str) -> dict[str, re.Match]:
    """Scenario name: its figures (runs, p50, p95, max, queries), for the lines that have them."""
    lines = {}
    for line in output.splitlines():
        figures = FIGURES.match(line[NAME_WIDTH:])
        if figures:
            lines[line[:NAME_WIDTH].strip()] = figures
    return lines


@pytest.mark.django_db
def test_bench_prints_each_scenario_with_timings_and_a_fixed_query_count():
    # given
    call_command("demo", count=40, stdout=StringIO(), stderr=StringIO())
    out = StringIO()
    # when
    call_command("bench", runs=3, page_size=50, stdout=out)
    # then
    lines = scenario_lines(out.getvalue())
    names = list(lines)
    for expected in ("queue: default filters (QMS)", "queue: search", "queue: default filters, page size 10",
                     "queue: default filters, page size 50", "queue: second page by cursor", "queue: overdue",
                     "queue: one department, open only", "queue: responsible's own", "complaint page"):
        assert any(name.startswith(expected) for name in names), (expected, names)
    assert all(m["runs"] == "3" for m in lines.values())
    assert "HTTP" not in out.getvalue()
    sizes = [lines[n]["queries"] for n in names if "page size" in n]
    assert len(sizes) == 2 and sizes[0] == sizes[1]
