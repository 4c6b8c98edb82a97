"""A trigram index for the queue's text search, on PostgreSQL only (SQLite scans)."""

from django.db import migrations

from complaintdesk.migration_sql import postgresql_only

CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS complaint_search_trgm_idx ON complaints_complaint "
    "USING gin (search_text gin_trgm_ops)",
]
DROP = ["DROP INDEX IF EXISTS complaint_search_trgm_idx"]


class Migration(migrations.Migration):
    dependencies = [("complaints", "0001_initial")]

    operations = [postgresql_only(CREATE, DROP)]
