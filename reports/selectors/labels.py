"""Names for the codes and ids that reports group by, in the active language, read in one query each."""

from django.db.models import Model

from complaints.models import Category
from routing.models import Department


def choice_labels(choices) -> dict[str, str]:
    return {code: str(label) for code, label in choices.choices}


def names_of(model: type[Model], ids) -> dict[int, str]:
    ids = [pk for pk in ids if pk is not None]
    return {row.pk: row.name for row in model.objects.filter(pk__in=ids)} if ids else {}


def category_names(ids) -> dict[int, str]:
    return names_of(Category, ids)


def department_names(ids) -> dict[int, str]:
    return names_of(Department, ids)
