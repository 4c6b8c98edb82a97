"""A complaint history for triage to learn from, made through the real services from the fixture texts."""

import csv
from pathlib import Path

from accounts.models import User
from accounts.tests.factories import UserFactory
from complaints.choices import CategoryDimension, Status
from complaints.models import Category, Complaint
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from resolution.services import proposal_answer, proposal_create
from resolution.tests.closing import complaint_close_complete
from routing.models import Department
from routing.tests.factories import DepartmentFactory, category_make

FIXTURES = Path(__file__).with_name("fixtures")
LABELS = ("card", "loan", "deposit")
# Each product of the fixture has its department; cards are urgent (a customer cannot pay).
IMPORTANCE = {"card": "high", "loan": "normal", "deposit": "normal"}


def fixture_texts(name: str = "bank_texts.csv") -> list[tuple[str, str]]:
    with (FIXTURES / name).open(encoding="utf-8") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def products_make() -> dict[str, tuple[Department, Category]]:
    """A department and a product category per fixture label, with a responsible person in each."""
    made = {}
    for label in LABELS:
        department = DepartmentFactory(code=f"{label}s", name_en=f"{label.title()}s")
        UserFactory(username=f"responsible-{label}", role=User.Role.RESPONSIBLE, department=department)
        made[label] = (department, category_make(code=label, dimension=CategoryDimension.SUBJECT))
    return made


def complaint_closed(*, text: str, department: Department, category: Category, importance: str,
                     driver: User) -> Complaint:
    complaint = complaint_make(department=department, subject_category=category, importance=importance,
                               fields={"description": text, "product": ""})
    complaint_take(complaint=complaint, actor=driver)
    proposal_create(complaint=complaint, actor=driver, text="A solution", alternatives=[])
    proposal_answer(complaint=complaint, accept=True)
    closed = complaint_close_complete(complaint=complaint, actor=driver)
    assert closed.status == Status.CLOSED
    return closed


def history_make(*, driver: User) -> dict[str, tuple[Department, Category]]:
    """Every fixture text as a closed complaint of its product's department and category."""
    products = products_make()
    for text, label in fixture_texts():
        department, category = products[label]
        complaint_closed(text=text, department=department, category=category, importance=IMPORTANCE[label],
                         driver=driver)
    return products
