import factory
from factory.django import DjangoModelFactory

from accounts.models import User
from routing.tests.factories import DepartmentFactory

PASSWORD = "correct-horse-battery"


class UserFactory(DjangoModelFactory[User]):
    """An employee; department-bound roles get a department unless one is given."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    role = User.Role.AGENT
    department = factory.Maybe(
        factory.LazyAttribute(lambda u: u.role in (User.Role.RESPONSIBLE, User.Role.HEAD, User.Role.AGENT)),
        yes_declaration=factory.SubFactory(DepartmentFactory),
        no_declaration=None,
    )
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):  # noqa: N805 — factory_boy's signature
        if create:
            obj.save()
