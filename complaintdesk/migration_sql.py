"""SQL that only PostgreSQL runs, as a migration operation.

Functions, extensions, trigram indexes and statistics targets have no SQLite counterpart (there
the code takes another way): the same migration runs everywhere and does nothing on SQLite.
"""

from django.db import migrations


def postgresql_only(forwards: list[str], backwards: list[str]) -> migrations.RunPython:
    return migrations.RunPython(postgresql_statements(forwards), postgresql_statements(backwards))


def postgresql_statements(statements: list[str]):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement, params=None)  # None: a literal % stays as it is

    return apply
