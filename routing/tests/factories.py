import factory
from factory.django import DjangoModelFactory

from routing.models import Department


class DepartmentFactory(DjangoModelFactory[Department]):
    class Meta:
        model = Department
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"dept-{n}")
    name_en = factory.Sequence(lambda n: f"Department {n}")
    name_ru = factory.Sequence(lambda n: f"Отдел {n}")
    name_ka = factory.Sequence(lambda n: f"განყოფილება {n}")
