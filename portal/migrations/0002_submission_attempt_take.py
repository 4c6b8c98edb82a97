"""On PostgreSQL, one function counts a public-form submission against its address's allowance.

``portal_submission_attempt_take(lock_key, address_hash, at, since, allowance)`` takes the
address's transaction lock, then stores the attempt if the address has had fewer than
``allowance`` since ``since``; it returns whether it did. In one round trip instead of two. Each
statement of a PL/pgSQL function sees what was committed before it started, so the count, run
after the lock is granted, sees the attempts of the transaction that held it.
"""

from django.db import migrations

from complaintdesk.migration_sql import postgresql_only

CREATE = r"""
CREATE OR REPLACE FUNCTION portal_submission_attempt_take(
    lock_key bigint, of_address varchar, at timestamptz, since timestamptz, allowance integer)
RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    INSERT INTO portal_submissionattempt (address_hash, created_at)
        SELECT of_address, at
        WHERE (SELECT count(*) FROM portal_submissionattempt
               WHERE address_hash = of_address AND created_at > since) < allowance;
    RETURN FOUND;
END
$$;
"""
DROP = "DROP FUNCTION IF EXISTS portal_submission_attempt_take(bigint, varchar, timestamptz, timestamptz, integer);"


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_submission_attempt")]

    operations = [postgresql_only([CREATE], [DROP])]
