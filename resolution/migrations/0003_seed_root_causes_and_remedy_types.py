"""The starting lists of root causes and remedies (PRODUCT.md, Resolution and restoring trust)."""

from django.db import migrations

ROOT_CAUSES = [
    ("attitude", "Employee attitude", "Отношение сотрудника", "თანამშრომლის დამოკიდებულება"),
    ("product_defect", "Product defect", "Дефект продукта", "პროდუქტის დეფექტი"),
    ("service_error", "Service error", "Ошибка в обслуживании", "მომსახურების შეცდომა"),
    ("communication", "Communication", "Коммуникация", "კომუნიკაცია"),
    ("price", "Price", "Цена", "ფასი"),
    ("process", "Process", "Процесс", "პროცესი"),
    ("customer_error", "Customer's own error", "Ошибка самого клиента", "თავად მომხმარებლის შეცდომა"),
    ("not_established", "Not established", "Не установлена", "დადგენილი არ არის"),
]

# code, has a value, issues a coupon, en, ru, ka
REMEDY_TYPES = [
    ("refund", True, False, "Refund", "Возврат денег", "თანხის დაბრუნება"),
    ("replacement", True, False, "Replacement", "Замена", "შეცვლა"),
    ("exchange", True, False, "Exchange", "Обмен", "გაცვლა"),
    ("store_credit", True, False, "Store credit", "Кредит магазина", "მაღაზიის კრედიტი"),
    ("coupon", True, True, "Discount coupon", "Купон на скидку", "ფასდაკლების კუპონი"),
    ("price_reduction", True, False, "Price reduction", "Снижение цены", "ფასის შემცირება"),
    ("gift", True, False, "Free product or gift", "Бесплатный продукт или подарок", "უფასო პროდუქტი ან საჩუქარი"),
    ("apology", False, False, "Sincere apology", "Искреннее извинение", "გულწრფელი ბოდიში"),
    ("guarantee", False, False, "Guarantee that measures were taken", "Гарантия принятых мер",
     "გარანტია, რომ ზომები მიღებულია"),
]


def seed(apps, schema_editor):
    RootCause = apps.get_model("resolution", "RootCause")
    RemedyType = apps.get_model("resolution", "RemedyType")
    for code, en, ru, ka in ROOT_CAUSES:
        RootCause.objects.get_or_create(code=code, defaults={"name_en": en, "name_ru": ru, "name_ka": ka})
    for code, has_value, coupon, en, ru, ka in REMEDY_TYPES:
        RemedyType.objects.get_or_create(code=code, defaults={
            "has_value": has_value, "issues_coupon": coupon, "name_en": en, "name_ru": ru, "name_ka": ka})


class Migration(migrations.Migration):

    dependencies = [
        ('resolution', '0002_root_causes_and_remedies'),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
