"""The demo company's departments and its two category trees, in English, Russian and Georgian.

The company sells and implements accounting and trade software and the services
around it (support line, updates, cloud, training, delivery of equipment): the
domain of ``seeds/003_7fb9c514a4720a01.txt``. Everything is created only if
missing, matched by ``code``, so ``demo`` and ``seed`` may run any number of times.
"""

from dataclasses import dataclass

from django.db import transaction

from complaints.choices import CategoryDimension
from complaints.models import Category
from deadlines.models import BusinessCalendar
from routing.models import Department

from ..reference_data import reference_data_changed

# code: (English, Russian, Georgian)
DEPARTMENTS: dict[str, tuple[str, str, str]] = {
    "support": ("Customer support", "Служба поддержки клиентов", "მომხმარებელთა მხარდაჭერა"),
    "accounting": ("Accounting software", "Бухгалтерские программы", "საბუღალტრო პროგრამები"),
    "implementation": ("Implementation", "Внедрение", "დანერგვა"),
    "sales": ("Sales", "Отдел продаж", "გაყიდვები"),
    "logistics": ("Delivery and logistics", "Доставка и логистика", "მიწოდება და ლოჯისტიკა"),
    "quality": ("Quality management", "Служба менеджмента качества", "ხარისხის მართვის სამსახური"),
}
UNROUTED_DEPARTMENT = "support"

# name: (country, time zone); working days Monday to Friday, 09:00–18:00. The first is the company's default.
CALENDARS: dict[str, tuple[str, str]] = {
    "Georgia": ("GE", "Asia/Tbilisi"),
    "Russia": ("RU", "Europe/Moscow"),
}
RUSSIAN_DEPARTMENT = "implementation"  # the implementation team works from Moscow

# code: (parent code or "", English, Russian, Georgian)
CAUSES: dict[str, tuple[str, str, str, str]] = {
    "cause-people": ("", "Employee behaviour", "Поведение сотрудников", "თანამშრომლების ქცევა"),
    "cause-attitude": ("cause-people", "Employee attitude", "Отношение сотрудника",
                       "თანამშრომლის დამოკიდებულება"),
    "cause-promise": ("cause-people", "Promise not kept", "Невыполненное обещание", "შეუსრულებელი დანაპირები"),
    "cause-advice": ("cause-people", "Wrong or incomplete advice", "Некорректная консультация",
                     "არასწორი ან არასრული კონსულტაცია"),
    "cause-product": ("", "Product", "Продукт", "პროდუქტი"),
    "cause-defect": ("cause-product", "Product defect", "Дефект продукта", "პროდუქტის ხარვეზი"),
    "cause-update": ("cause-product", "Problem after an update", "Проблема после обновления",
                     "პრობლემა განახლების შემდეგ"),
    "cause-service": ("", "Service", "Услуга", "მომსახურება"),
    "cause-service-error": ("cause-service", "Service error", "Ошибка при оказании услуги",
                            "შეცდომა მომსახურების გაწევისას"),
    "cause-deadline": ("cause-service", "Missed deadline", "Нарушение сроков", "ვადის დარღვევა"),
    "cause-communication": ("", "Communication", "Коммуникация", "კომუნიკაცია"),
    "cause-no-answer": ("cause-communication", "No answer or feedback", "Нет ответа или обратной связи",
                        "პასუხის ან უკუკავშირის არარსებობა"),
    "cause-not-informed": ("cause-communication", "Customer not informed", "Клиента не предупредили",
                           "კლიენტი არ იყო ინფორმირებული"),
    "cause-price": ("", "Price and billing", "Цена и счета", "ფასი და ანგარიშსწორება"),
    "cause-invoice": ("cause-price", "Wrong invoice", "Ошибка в счёте", "შეცდომა ინვოისში"),
    "cause-price-level": ("cause-price", "Price too high", "Высокая цена", "მაღალი ფასი"),
    "cause-process": ("", "Process", "Процесс", "პროცესი"),
    "cause-delivery": ("cause-process", "Late or wrong delivery", "Задержка или ошибка доставки",
                       "მიწოდების დაგვიანება ან შეცდომა"),
    "cause-paperwork": ("cause-process", "Documents and paperwork", "Документы и оформление",
                        "დოკუმენტები და გაფორმება"),
    "cause-customer": ("", "Customer's own error", "Ошибка самого клиента", "თავად კლიენტის შეცდომა"),
}

# code: (parent code or "", department code or "", English, Russian, Georgian)
SUBJECTS: dict[str, tuple[str, str, str, str, str]] = {
    "subj-software": ("", "", "Software", "Программные продукты", "პროგრამული პროდუქტები"),
    "subj-accounting": ("subj-software", "accounting", "Accounting software", "Бухгалтерский учёт",
                        "ბუღალტრული აღრიცხვა"),
    "subj-payroll": ("subj-software", "accounting", "Payroll and HR", "Зарплата и кадры", "ხელფასი და კადრები"),
    "subj-reporting": ("subj-software", "accounting", "Electronic reporting", "Электронная отчётность",
                       "ელექტრონული ანგარიშგება"),
    "subj-trade": ("subj-software", "implementation", "Trade and warehouse", "Торговля и склад",
                   "ვაჭრობა და საწყობი"),
    "subj-services": ("", "", "Services", "Услуги", "მომსახურება"),
    "subj-support-line": ("subj-services", "support", "Support line and consultations", "Линия консультаций",
                          "საკონსულტაციო ხაზი"),
    "subj-updates": ("subj-services", "support", "Updates and maintenance", "Обновления и сопровождение",
                     "განახლებები და თანხლება"),
    "subj-cloud": ("subj-services", "support", "Cloud and backups", "Облако и резервные копии",
                   "ღრუბელი და სარეზერვო ასლები"),
    "subj-implementation": ("subj-services", "implementation", "Implementation projects", "Проекты внедрения",
                            "დანერგვის პროექტები"),
    "subj-training": ("subj-services", "implementation", "Training courses", "Обучение", "სასწავლო კურსები"),
    "subj-commerce": ("", "", "Sales and delivery", "Продажи и доставка", "გაყიდვები და მიწოდება"),
    "subj-licences": ("subj-commerce", "sales", "Licences and prices", "Лицензии и цены", "ლიცენზიები და ფასები"),
    "subj-billing": ("subj-commerce", "sales", "Invoices and payments", "Счета и оплата",
                     "ინვოისები და გადახდები"),
    "subj-delivery": ("subj-commerce", "logistics", "Delivery", "Доставка", "მიწოდება"),
    "subj-equipment": ("subj-commerce", "logistics", "Cash registers and scanners", "Кассовое оборудование",
                       "სალარო აპარატურა"),
}


@dataclass(frozen=True)
class Catalogue:
    """Primary keys by code, for generators that write rows directly."""

    departments: dict[str, int]
    categories: dict[str, int]
    subject_departments: dict[str, int]


@transaction.atomic
def catalogue_ensure() -> Catalogue:
    """Create the departments and both category trees where missing; return their ids."""
    departments: dict[str, Department] = {}
    for code, (en, ru, ka) in DEPARTMENTS.items():
        departments[code], _created = Department.objects.get_or_create(
            code=code, defaults={"name_en": en, "name_ru": ru, "name_ka": ka,
                                 "receives_unrouted": code == UNROUTED_DEPARTMENT},
        )
    calendars_ensure()
    categories: dict[str, Category] = {}
    for code, (parent, en, ru, ka) in CAUSES.items():
        categories[code] = category_ensure(code=code, dimension=CategoryDimension.CAUSE,
                                           parent=categories.get(parent), department=None, names=(en, ru, ka))
    for code, (parent, department, en, ru, ka) in SUBJECTS.items():
        categories[code] = category_ensure(code=code, dimension=CategoryDimension.SUBJECT,
                                           parent=categories.get(parent), department=departments.get(department),
                                           names=(en, ru, ka))
    return Catalogue(
        departments={code: d.pk for code, d in departments.items()},
        categories={code: c.pk for code, c in categories.items()},
        subject_departments={code: categories[code].department_id or departments[dept].pk
                             for code, (_p, dept, *_names) in SUBJECTS.items() if dept},
    )


def calendars_ensure() -> None:
    """The default calendar (Georgia) and Russia's, given to the implementation department when it is made.

    An administrator's choices stay: another default calendar, a department's calendar changed or removed.
    """
    for n, (name, (country, zone)) in enumerate(CALENDARS.items()):
        calendar, created = BusinessCalendar.objects.get_or_create(name=name, defaults={
            "country": country, "time_zone": zone, "working_weekdays": [0, 1, 2, 3, 4],
            "is_default": n == 0 and not BusinessCalendar.objects.filter(is_default=True).exists()})
        if created and country == "RU":
            Department.objects.filter(code=RUSSIAN_DEPARTMENT, calendar__isnull=True).update(calendar=calendar)
            reference_data_changed()  # an update() sends no signal


def category_ensure(*, code: str, dimension: str, parent: Category | None, department: Department | None,
                    names: tuple[str, str, str]) -> Category:
    en, ru, ka = names
    category, _created = Category.objects.get_or_create(
        code=code, defaults={"dimension": dimension, "parent": parent, "department": department,
                             "name_en": en, "name_ru": ru, "name_ka": ka},
    )
    return category
