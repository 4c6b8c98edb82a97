"""What a column of an import file can hold, and the guess of each column from its header. Pure: no ORM.

The same targets name the columns of an export, so an exported file maps itself on import.
"""

import re
from dataclasses import dataclass

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

LANGUAGES = ("en", "ru", "ka")


@dataclass(frozen=True)
class Target:
    key: str
    label: Promise
    kind: str  # text, date, datetime, choice, department, category
    words: tuple[str, ...] = ()  # header words that mean this target, in ru, ka and en
    required: bool = False


TARGETS = (
    Target("reference", _("Number or external reference"), "text",
           ("номер", "№", "№ п/п", "n", "no", "ref", "reference", "number", "id", "external id", "tracking number",
            "ნომერი", "код")),
    Target("registered_at", _("Registered at"), "datetime",
           ("дата", "дата регистрации", "дата обращения", "зарегистрировано", "date", "registered", "created",
            "date registered", "თარიღი", "რეგისტრაციის თარიღი", "დარეგისტრირდა"), required=True),
    Target("closed_at", _("Closed at"), "datetime",
           ("дата закрытия", "закрыто", "closed", "date closed", "დახურვის თარიღი", "დაიხურა")),
    Target("status", _("Status"), "choice", ("статус", "состояние", "status", "state", "სტატუსი")),
    Target("kind", _("Kind of appeal"), "choice", ("вид", "вид обращения", "тип обращения", "kind", "type",
                                                   "სახე", "ტიპი", "მიმართვის სახე")),
    Target("channel", _("Channel"), "choice", ("канал", "источник", "channel", "source", "არხი", "წყარო")),
    Target("importance", _("Importance"), "choice", ("важность", "приоритет", "importance", "priority",
                                                     "severity", "მნიშვნელობა", "პრიორიტეტი")),
    Target("validity", _("Validity"), "choice", ("обоснованность", "validity", "justified", "საფუძვლიანობა")),
    Target("satisfaction", _("Satisfaction with the solution"), "choice",
           ("удовлетворённость", "удовлетворенность", "satisfaction", "კმაყოფილება")),
    Target("loyalty", _("Loyalty"), "choice", ("лояльность", "loyalty", "ლოიალობა")),
    Target("language", _("Customer's language"), "text", ("язык", "language", "lang", "ენა")),
    Target("department", _("Department"), "department",
           ("отдел", "подразделение", "department", "dept", "დეპარტამენტი", "განყოფილება")),
    Target("cause_category", _("Cause"), "category", ("причина", "cause", "მიზეზი")),
    Target("subject_category", _("Product or service category"), "category",
           ("категория", "category", "продукт или услуга", "product or service", "კატეგორია")),
    Target("organisation", _("Organisation"), "text",
           ("организация", "клиент", "контрагент", "компания", "покупатель", "organisation", "organization",
            "company", "customer", "client", "ორგანიზაცია", "კლიენტი", "კომპანია", "მომხმარებელი")),
    Target("contact_name", _("Contact person"), "text",
           ("контактное лицо", "фио", "заявитель", "контакт", "contact", "name", "contact person", "full name",
            "საკონტაქტო პირი", "სახელი", "განმცხადებელი"), required=True),
    Target("contact_position", _("Position"), "text", ("должность", "position", "job title", "თანამდებობა")),
    Target("contact_phone", _("Phone"), "text", ("телефон", "тел", "phone", "tel", "telephone", "mobile",
                                                 "ტელეფონი", "ტელ")),
    Target("contact_email", _("E-mail"), "text", ("email", "e-mail", "почта", "электронная почта", "mail",
                                                  "ელფოსტა", "ელ. ფოსტა", "ელ-ფოსტა")),
    Target("contact_address", _("Address"), "text", ("адрес", "address", "postal address", "მისამართი")),
    Target("account_ref", _("Account number or user name"), "text",
           ("лицевой счёт", "лицевой счет", "счёт", "счет", "логин", "account", "login", "ანგარიში")),
    Target("occurred_on", _("Date it happened"), "date",
           ("дата события", "дата происшествия", "дата случая", "occurred", "occurred on", "incident date",
            "date it happened", "შემთხვევის თარიღი")),
    Target("product", _("Product or program"), "text", ("продукт", "программа", "товар", "услуга", "product",
                                                        "program", "პროდუქტი", "პროგრამა", "მომსახურება")),
    Target("description", _("What happened"), "text",
           ("описание", "суть", "суть обращения", "текст", "жалоба", "претензия", "description", "details",
            "complaint", "text", "summary", "აღწერა", "საჩივარი", "ტექსტი", "შინაარსი"), required=True),
    Target("emotion", _("How the customer feels"), "text", ("эмоции", "настроение", "emotion", "feelings",
                                                           "ემოცია", "განწყობა")),
    Target("resolution_text", _("Resolution given"), "text",
           ("решение", "результат", "ответ клиенту", "resolution", "solution", "outcome", "გადაწყვეტა",
            "გადაწყვეტილება", "შედეგი")),
)
TARGETS_BY_KEY = {target.key: target for target in TARGETS}
REQUIRED = tuple(target.key for target in TARGETS if target.required)

WORD_RE = re.compile(r"[\W_]+", re.UNICODE)


def header_normalize(text: str) -> str:
    """Lower case, punctuation and spaces folded: "E-mail:" and "e mail" compare equal; "ё" is "е"."""
    return " ".join(WORD_RE.sub(" ", str(text).casefold().replace("ё", "е")).split())


def target_names(target: Target) -> set[str]:
    """The target's label in each interface language, and its own key ("contact_email")."""
    names = {header_normalize(target.key)}
    for language in LANGUAGES:
        with translation.override(language):
            names.add(header_normalize(str(target.label)))
    return names


def mapping_guess(headers: list[str]) -> list[str]:
    """The likeliest target of each column; "" where nothing fits. Each target is given to one column.

    A header equal to a target's label (in any language) or to one of its words wins; then a header
    containing a target's word, the longest word first ("Дата закрытия" is closed, not registered).
    """
    exact: dict[str, str] = {}
    for target in TARGETS:
        for name in target_names(target) | {header_normalize(word) for word in target.words}:
            exact.setdefault(name, target.key)
    guesses = [""] * len(headers)
    taken: set[str] = set()
    normalized = [header_normalize(header) for header in headers]
    for index, header in enumerate(normalized):
        key = exact.get(header, "")
        if key and key not in taken:
            guesses[index] = key
            taken.add(key)
    for index, header in enumerate(normalized):
        if guesses[index] or not header:
            continue
        padded = f" {header} "
        hits = [(len(word), target.key) for target in TARGETS if target.key not in taken
                for word in map(header_normalize, target.words) if len(word) > 2 and f" {word} " in padded]
        if hits:
            key = max(hits)[1]
            guesses[index] = key
            taken.add(key)
    return guesses
