"""On PostgreSQL, a tracking number can be taken inside the statement that stores it.

``complaints_tracking_number(prefix, year)`` takes the year's next number
(``complaints_tracking_take``, migration 0017) and writes it as ``intake.tracking`` does:
``CD-2026-000123``, with at least six digits. A receipt's INSERT calls it, so numbering costs no
round trip of its own.
"""

from django.db import migrations

CREATE = r"""
CREATE OR REPLACE FUNCTION complaints_tracking_number(prefix text, of_year integer)
RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT format('%s-%s-%s', prefix, of_year, lpad(n::text, greatest(6, length(n::text)), '0'))
    FROM complaints_tracking_take(of_year, 1) AS n
$$;
"""
DROP = "DROP FUNCTION IF EXISTS complaints_tracking_number(text, integer);"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("complaints", "0018_open_assignee_index")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
