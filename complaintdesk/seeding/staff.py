"""The employees of the demo company: the demo logins, and the pool seeded complaints draw from."""

from dataclasses import dataclass, field

from django.db import transaction

from accounts.models import User
from routing.models import Department

from ..reference_data import reference_data_changed
from .catalogue import Catalogue

Role = User.Role


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    role: str
    department: str  # code, or "" for company-wide roles
    first_name: str
    last_name: str


# One login per role (PRODUCT.md, People and roles), plus a responsible in every other department.
DEMO_LOGINS: tuple[DemoLogin, ...] = (
    DemoLogin("agent", "agent-demo", Role.AGENT, "support", "ნინო", "ბერიძე"),
    DemoLogin("responsible", "responsible-demo", Role.RESPONSIBLE, "support", "Сергей", "Волков"),
    DemoLogin("head", "head-demo", Role.HEAD, "support", "თამარ", "კაპანაძე"),
    DemoLogin("qms", "qms-demo", Role.QMS, "quality", "Ольга", "Никитина"),
    DemoLogin("admin", "admin-demo", Role.ADMIN, "", "Admin", "Demo"),
    DemoLogin("resp.accounting", "accounting-demo", Role.RESPONSIBLE, "accounting", "Марина", "Соколова"),
    DemoLogin("resp.implementation", "implementation-demo", Role.RESPONSIBLE, "implementation", "ლევან", "გელაშვილი"),
    DemoLogin("resp.sales", "sales-demo", Role.RESPONSIBLE, "sales", "Andrew", "Collins"),
    DemoLogin("resp.logistics", "logistics-demo", Role.RESPONSIBLE, "logistics", "ირაკლი", "ლომიძე"),
    DemoLogin("resp.quality", "quality-demo", Role.RESPONSIBLE, "quality", "Екатерина", "Орлова"),
)

# Made only when a department has nobody to own complaints; they cannot log in.
SEED_RESPONSIBLES = (("Дмитрий", "Алексеев"), ("ნათია", "წიკლაური"))
SEED_AGENTS = (("Анна", "Морозова"), ("გიორგი", "ნოზაძე"), ("Emma", "Turner"), ("Павел", "Егоров"))


@transaction.atomic
def demo_logins_ensure(*, catalogue: Catalogue) -> list[tuple[DemoLogin, bool]]:
    """Create each demo login if its username is free; make the demo head the support department's head.

    Returns each login with whether it was created now (existing accounts keep their password).
    """
    result = []
    for login in DEMO_LOGINS:
        user = User.objects.filter(username=login.username).first()
        created = user is None
        if user is None:
            user = User(username=login.username, first_name=login.first_name, last_name=login.last_name,
                        email=f"{login.username}@complaintdesk.local", role=login.role,
                        department_id=catalogue.departments.get(login.department),
                        is_staff=login.role == Role.ADMIN, is_superuser=login.role == Role.ADMIN)
            user.set_password(login.password)
            user.save()
        if login.role == Role.HEAD and user.department_id:
            Department.objects.filter(pk=user.department_id, head__isnull=True).update(head=user)
            reference_data_changed()  # an update() sends no signal
        result.append((login, created))
    return result


@dataclass
class StaffPool:
    """User ids by what they do, for the generator."""

    agents: list[int]
    responsibles: dict[int, list[int]]  # department id: responsible ids
    heads: dict[int, int]  # department id: head id
    everyone: list[int] = field(default_factory=list)

    def owners(self, department_id: int) -> list[int]:
        return self.responsibles.get(department_id) or [pk for pks in self.responsibles.values() for pk in pks]


@transaction.atomic
def staff_pool_ensure(*, catalogue: Catalogue) -> StaffPool:
    """The active employees; a department with no responsible gets two, and agents are made if there are none."""
    for code, department_id in catalogue.departments.items():
        if not User.objects.filter(department_id=department_id, role=Role.RESPONSIBLE, is_active=True).exists():
            for n, (first, last) in enumerate(SEED_RESPONSIBLES, start=1):
                seed_user_ensure(username=f"seed.{code}.{n}", role=Role.RESPONSIBLE, department_id=department_id,
                                 names=(first, last))
    if not User.objects.filter(role=Role.AGENT, is_active=True).exists():
        for n, (first, last) in enumerate(SEED_AGENTS, start=1):
            seed_user_ensure(username=f"seed.agent.{n}", role=Role.AGENT,
                             department_id=catalogue.departments["support"], names=(first, last))
    users = list(User.objects.filter(is_active=True).values_list("pk", "role", "department_id"))
    responsibles: dict[int, list[int]] = {}
    for pk, role, department_id in users:
        if role == Role.RESPONSIBLE and department_id:
            responsibles.setdefault(department_id, []).append(pk)
    heads = dict(Department.objects.filter(head__isnull=False, head__is_active=True).values_list("pk", "head_id"))
    return StaffPool(
        agents=[pk for pk, role, _d in users if role == Role.AGENT],
        responsibles=responsibles,
        heads=heads,
        everyone=[pk for pk, role, _d in users if role in (Role.AGENT, Role.RESPONSIBLE, Role.HEAD)],
    )


def seed_user_ensure(*, username: str, role: str, department_id: int, names: tuple[str, str]) -> User:
    user, created = User.objects.get_or_create(
        username=username,
        defaults={"first_name": names[0], "last_name": names[1], "role": role, "department_id": department_id},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user
