import factory
from factory.django import DjangoModelFactory

from complaints.models import Category
from routing.models import AssignmentRule, Department


class DepartmentFactory(DjangoModelFactory[Department]):
    class Meta:
        model = Department
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"dept-{n}")
    name_en = factory.Sequence(lambda n: f"Department {n}")
    name_ru = factory.Sequence(lambda n: f"Отдел {n}")
    name_ka = factory.Sequence(lambda n: f"განყოფილება {n}")


class AssignmentRuleFactory(DjangoModelFactory[AssignmentRule]):
    """A rule sending to ``target_department``; set the conditions the test is about."""

    class Meta:
        model = AssignmentRule

    name = factory.Sequence(lambda n: f"Rule {n}")
    priority = 100
    target_department = factory.SubFactory(DepartmentFactory)


def category_make(*, code: str, dimension: str, parent: Category | None = None,
                  department: Department | None = None) -> Category:
    return Category.objects.create(code=code, dimension=dimension, parent=parent, department=department,
                                   name_en=code.title(), name_ru=code, name_ka=code)
