"""On PostgreSQL, tracking numbers come from one sequence per year, taken by one function.

``complaints_tracking_take(year, how_many)`` creates the year's sequence on its first call,
starting after what the year's counter row gave, and returns the next numbers. Taking a
number locks nothing (``intake.tracking``).
"""

from django.db import migrations

from complaintdesk.migration_sql import postgresql_only

CREATE = r"""
CREATE OR REPLACE FUNCTION complaints_tracking_take(of_year integer, how_many integer)
RETURNS SETOF bigint LANGUAGE plpgsql AS $$
DECLARE
    name text := 'complaints_tracking_' || of_year;
    start bigint;
BEGIN
    IF to_regclass(name) IS NULL THEN
        SELECT COALESCE(max(last), 0) + 1 INTO start FROM complaints_trackingcounter WHERE year = of_year;
        BEGIN
            EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I START WITH %s', name, start);
        EXCEPTION WHEN unique_violation OR duplicate_table THEN
            NULL;  -- created by a registration at the same moment
        END;
    END IF;
    RETURN QUERY EXECUTE format('SELECT nextval(%L) FROM generate_series(1, $1)', name) USING how_many;
END
$$;
"""
DROP = "DROP FUNCTION IF EXISTS complaints_tracking_take(integer, integer);"


class Migration(migrations.Migration):
    dependencies = [("complaints", "0016_report_covering_indexes")]

    operations = [postgresql_only([CREATE], [DROP])]
