"""Customer e-mails for the ingestion benchmark: Russian, Georgian and English, each with its own Message-ID."""

from email import policy
from email.message import EmailMessage
from itertools import cycle, islice

from .local_servers import USER

LETTERS = (
    ("Ирина Волкова", "irina{n}@example.ru", "Счёт за октябрь выставлен дважды",
     "Здравствуйте! В личном кабинете два одинаковых счёта за октябрь. Прошу вернуть лишний платёж.\n"
     "Договор 45-{n}. Звонить после 18:00."),
    ("ნინო ბერიძე", "nino{n}@example.ge", "ინტერნეტი მესამე დღეა არ მუშაობს",
     "გამარჯობა! სამი დღეა ინტერნეტი არ მაქვს, ოპერატორმა ორჯერ დამპირდა ოსტატს და არავინ მოვიდა.\n"
     "აბონენტის ნომერი {n}."),
    ("John Carter", "john{n}@example.com", "Damaged parcel, order {n}",
     "Hello, the parcel arrived with the box crushed and the lamp inside broken. I would like a replacement.\n"
     "Order {n}."),
)


def messages(count: int) -> list[bytes]:
    found = []
    for n, (name, address, subject, body) in enumerate(islice(cycle(LETTERS), count)):
        message = EmailMessage(policy=policy.SMTP)
        message["From"] = f"{name} <{address.format(n=n)}>"
        message["To"], message["Subject"] = USER, subject.format(n=n)
        message["Message-ID"] = f"<bench-{n}@example.net>"
        message.set_content(body.format(n=n))
        found.append(message.as_bytes())
    return found
