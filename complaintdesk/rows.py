"""One new row stored without the ORM building its INSERT query again for every row.

``Model.save()`` builds and compiles a query object for each row it inserts: on the "accept now"
paths of the public form and the API that was more than half of what storing a receipt cost.
``row_insert`` makes the statement once per model and fills it as ``save()`` would (each concrete
field's ``pre_save`` and ``get_db_prep_save``; the new primary key read back). It sends no model
signals, so it is only for models nothing listens to, on paths where every microsecond counts.
"""

from functools import cache

from django.db import connection
from django.db.models import Field, Model


def row_insert(instance: Model) -> None:
    """Insert the unsaved ``instance`` and set its primary key."""
    model = type(instance)
    fields = insertable_fields(model)
    params = [field.get_db_prep_save(field.pre_save(instance, True), connection) for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(insert_statement(model, connection.vendor), params)
        if connection.features.can_return_columns_from_insert:
            instance.pk = cursor.fetchone()[0]
        else:
            instance.pk = connection.ops.last_insert_id(cursor, model._meta.db_table, model._meta.pk.column)
    instance._state.adding = False
    instance._state.db = connection.alias


@cache
def insertable_fields(model: type[Model]) -> tuple[Field, ...]:
    return tuple(field for field in model._meta.local_concrete_fields
                 if not field.generated and field is not model._meta.auto_field)


@cache
def insert_statement(model: type[Model], vendor: str) -> str:
    """The model's INSERT, for the database of ``vendor`` (part of the key: the text differs between them)."""
    quote = connection.ops.quote_name
    columns = [field.column for field in insertable_fields(model)]
    statement = (f"INSERT INTO {quote(model._meta.db_table)} ({', '.join(map(quote, columns))}) "
                 f"VALUES ({', '.join(['%s'] * len(columns))})")
    if connection.features.can_return_columns_from_insert:
        statement += f" RETURNING {quote(model._meta.pk.column)}"
    return statement
