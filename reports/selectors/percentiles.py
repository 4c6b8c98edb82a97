"""Continuous percentiles (``percentile_cont``) of a column, computed by the database.

PostgreSQL has the ordered-set aggregate; on SQLite the two values around each percentile
are read with ``ORDER BY … LIMIT 2 OFFSET k`` (an index or one sort) and interpolated the
same way, so both databases give the same figure.
"""

import math

from django.db import connection
from django.db.models import Aggregate, FloatField, QuerySet


class PercentileCont(Aggregate):
    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression: str, *, fraction: float) -> None:
        # A number this module chooses, never user input: formatted into the SQL.
        super().__init__(expression, fraction=repr(float(fraction)))


def percentiles(*, rows: QuerySet, field: str, fractions: tuple[float, ...] = (0.5, 0.9)) -> dict[float, float | None]:
    """The ``fractions`` percentiles of ``field`` over ``rows`` (NULLs left out); None when there are none."""
    rows = rows.filter(**{f"{field}__isnull": False})
    if connection.vendor == "postgresql":
        found = rows.aggregate(**{f"p{i}": PercentileCont(field, fraction=f) for i, f in enumerate(fractions)})
        return {f: found[f"p{i}"] for i, f in enumerate(fractions)}
    ordered = rows.order_by(field).values_list(field, flat=True)
    count = rows.count()
    result: dict[float, float | None] = {}
    for fraction in fractions:
        if count == 0:
            result[fraction] = None
            continue
        position = fraction * (count - 1)
        low = math.floor(position)
        values = list(ordered[low:low + 2])
        upper = values[1] if len(values) > 1 else values[0]
        result[fraction] = values[0] + (upper - values[0]) * (position - low)
    return result
